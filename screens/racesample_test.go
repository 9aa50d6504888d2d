package screens

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every test that checks less under the race detector must be in the Makefile's
// SAMPLED_UNDER_RACE list, which `make test` runs once more in full without it.
func TestEveryRaceSampledTestRunsInFullInMakeTest(t *testing.T) {
	mk, err := os.ReadFile(filepath.Join("..", "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^SAMPLED_UNDER_RACE := \^\((.*)\)\$\$$`).FindSubmatch(mk)
	if m == nil {
		t.Fatal("the Makefile has no SAMPLED_UNDER_RACE := ^(…)$$ line")
	}
	listed := map[string]bool{}
	for _, name := range strings.Split(string(m[1]), "|") {
		listed[name] = true
	}
	files, _ := filepath.Glob("*_test.go")
	fset := token.NewFileSet()
	sampled := map[string]bool{}
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || !strings.HasPrefix(fn.Name.Name, "Test") || fn.Body == nil {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && (id.Name == "underRace" || id.Name == "fuzzRaceDivisor") {
					sampled[fn.Name.Name] = true
				}
				return true
			})
		}
	}
	if len(sampled) == 0 {
		t.Fatal("found no test that samples under the race detector; is the check looking at the right names?")
	}
	for name := range sampled {
		if !listed[name] {
			t.Errorf("%s checks less under -race but is not in the Makefile's SAMPLED_UNDER_RACE", name)
		}
	}
	for name := range listed {
		if !sampled[name] {
			t.Errorf("SAMPLED_UNDER_RACE lists %s, which does not sample under -race (or does not exist)", name)
		}
	}
}
