package screens

import (
	"fyne.io/fyne/v2"

	"gutbrain/apptheme"
	"gutbrain/physiology"
)

// quantity is one model value the gauges and the plot show, with its colour and label key.
type quantity struct {
	key   string // lang key of its name
	color fyne.ThemeColorName
	value func(s *physiology.State) float64
}

// gaugeQuantities are the biomarkers shown as live gauges, in causal order along the chain.
var gaugeQuantities = []quantity{
	{"quantity.permeability", apptheme.ColorJunction, func(s *physiology.State) float64 { return s.Permeability }},
	{"quantity.lps", apptheme.ColorLPS, func(s *physiology.State) float64 { return s.LPS }},
	{"quantity.cytokines", apptheme.ColorCytokine, func(s *physiology.State) float64 { return s.Cytokines }},
	{"quantity.kyntrp", apptheme.ColorKynurenine, func(s *physiology.State) float64 { return s.KynTrp }},
	{"quantity.trpbrain", apptheme.ColorTryptophan, func(s *physiology.State) float64 { return s.TrpBrain }},
	{"quantity.gutserotonin", apptheme.ColorSerotonin, func(s *physiology.State) float64 { return s.GutSerotonin }},
	{"quantity.brainserotonin", apptheme.ColorNeuron, func(s *physiology.State) float64 { return s.BrainSerotonin }},
	{"quantity.vagal", apptheme.ColorNeural, func(s *physiology.State) float64 { return s.Vagal }},
	{"quantity.cortisol", apptheme.ColorStress, func(s *physiology.State) float64 { return s.Cortisol }},
	{"quantity.anxiety", apptheme.ColorImmune, func(s *physiology.State) float64 { return s.Anxiety }},
}

// plotQuantities are the time series drawn in the plot.
var plotQuantities = []quantity{
	gaugeQuantities[0], gaugeQuantities[1], gaugeQuantities[2], gaugeQuantities[3], gaugeQuantities[6],
}

// gaugeMax is the index value that fills a gauge: four times the healthy baseline.
const gaugeMax = 4.0
