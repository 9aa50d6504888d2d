package physiology

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// Every exported name has a doc comment, and every Params field says it is illustrative
// (SCIENCE.md "How to use this file", rule 4).
func TestDocComments(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Name.IsExported() && d.Doc == nil {
					t.Errorf("%s: func %s has no doc comment", name, d.Name)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					checkSpec(t, name, d, spec)
				}
			}
		}
	}
}

func checkSpec(t *testing.T, file string, d *ast.GenDecl, spec ast.Spec) {
	t.Helper()
	switch s := spec.(type) {
	case *ast.TypeSpec:
		if s.Name.IsExported() && d.Doc == nil && s.Doc == nil {
			t.Errorf("%s: type %s has no doc comment", file, s.Name)
		}
		st, ok := s.Type.(*ast.StructType)
		if !ok || s.Name.Name != "Params" {
			return
		}
		for _, fld := range st.Fields.List {
			if fld.Doc == nil || !strings.Contains(strings.ToLower(fld.Doc.Text()), "illustrative") {
				t.Errorf("Params.%s: doc comment must state its basis and the word illustrative", fld.Names[0])
			}
		}
	case *ast.ValueSpec:
		for _, n := range s.Names {
			if n.IsExported() && d.Doc == nil && s.Doc == nil {
				t.Errorf("%s: %s has no doc comment", file, n)
			}
		}
	}
}
