package lex

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSpaceFieldsShared checks that SpaceFieldsShared gives SpaceFields's
// fields, the table's own slice with no room to append into, and that a
// caller writing SpaceFields's copy leaves it as it was.
func TestSpaceFieldsShared(t *testing.T) {
	for _, s := range []string{"The ferry left Tarnwick at noon, officials said.", " two\u00a0spaced words ", "", "one"} {
		want := strings.Fields(s)
		for round := range 3 {
			got := SpaceFieldsShared(s)
			if !slices.Equal(got, want) || cap(got) != len(got) {
				t.Fatalf("%q round %d: got %q (cap %d), want %q", s, round, got, cap(got), want)
			}
			for i, w := range SpaceFields(s) {
				_ = w
				SpaceFields(s)[i] = "x" // a copy: must not reach the shared slice
			}
		}
	}
}

// TestSpaceFieldsSharedReadOnly reads the repository's Go source and
// checks that the result of every lex.SpaceFieldsShared call is only
// read: kept in one variable that is indexed for reading, ranged over,
// sliced for reading, measured, joined, compared, or handed to a
// function of the same package whose parameter is itself only read.
// Anything else (an element assigned, the slice stored, returned,
// sorted, appended into, or given to another package) fails: use
// SpaceFields, which returns a copy, there.
func TestSpaceFieldsSharedReadOnly(t *testing.T) {
	root := filepath.Join("..", "..")
	c := roChecker{fset: token.NewFileSet(), funcs: map[string][]*ast.FuncDecl{}, memo: map[string]int{}}
	files := map[string]*ast.File{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "testdata" || n != "." && n != ".." && strings.HasPrefix(n, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(c.fset, path, nil, 0)
		if err != nil {
			return err
		}
		files[path] = f
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil {
				key := filepath.Dir(path) + "|" + fd.Name.Name
				c.funcs[key] = append(c.funcs[key], fd)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	for path, f := range files {
		pkg := filepath.Dir(path)
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			par := parentsOf(fd.Body)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || callName(call) != "lex.SpaceFieldsShared" {
					return true
				}
				calls++
				good := false
				switch p := par[call].(type) {
				case *ast.AssignStmt:
					if id, isID := p.Lhs[0].(*ast.Ident); isID && len(p.Lhs) == 1 && len(p.Rhs) == 1 && id.Name != "_" {
						good = c.identRO(pkg, id, fd.Body)
					}
				case *ast.ValueSpec:
					if len(p.Names) == 1 && len(p.Values) == 1 {
						good = c.identRO(pkg, p.Names[0], fd.Body)
					}
				default:
					good = c.exprRO(pkg, call, par)
				}
				if !good {
					t.Errorf("%s: the result of lex.SpaceFieldsShared may be written or kept: use lex.SpaceFields", c.fset.Position(call.Pos()))
				}
				return true
			})
		}
	}
	if calls == 0 {
		t.Fatal("no call of lex.SpaceFieldsShared found: is the repository root right?")
	}
}

// roChecker decides, from the syntax alone, whether a []string value is
// only read. Its answers err towards "written".
type roChecker struct {
	fset  *token.FileSet
	funcs map[string][]*ast.FuncDecl // package-level funcs by dir|name
	memo  map[string]int             // dir|name|param: 1 checking, 2 read only, 3 not
}

func parentsOf(root ast.Node) map[ast.Node]ast.Node {
	p := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			p[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return p
}

func callName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			return x.Name + "." + f.Sel.Name
		}
	}
	return ""
}

// roCalls take a []string and never write it.
var roCalls = map[string]bool{"len": true, "cap": true, "strings.Join": true, "slices.Contains": true,
	"slices.Index": true, "slices.Equal": true, "slices.ContainsFunc": true, "slices.IndexFunc": true}

// exprRO reports whether e, a value sharing the slice, is only read
// where it stands (par: each node's parent).
func (c *roChecker) exprRO(pkg string, e ast.Expr, par map[ast.Node]ast.Node) bool {
	switch q := par[e].(type) {
	case *ast.ParenExpr:
		return c.exprRO(pkg, q, par)
	case *ast.IndexExpr: // an element: a string, read unless assigned or addressed
		switch r := par[q].(type) {
		case *ast.AssignStmt:
			return !slices.Contains(r.Lhs, ast.Expr(q))
		case *ast.IncDecStmt:
			return false
		case *ast.UnaryExpr:
			return r.Op != token.AND
		case *ast.RangeStmt:
			return r.Key != q && r.Value != q
		}
		return true
	case *ast.SliceExpr:
		return q.X == e && c.exprRO(pkg, q, par)
	case *ast.RangeStmt:
		return q.X == e
	case *ast.BinaryExpr:
		return true
	case *ast.CallExpr:
		name := callName(q)
		if roCalls[name] {
			return true
		}
		if name == "append" {
			// Appended from, not into.
			return q.Args[0] != e && q.Ellipsis.IsValid() && q.Args[len(q.Args)-1] == e
		}
		f, ok := q.Fun.(*ast.Ident)
		if !ok || f.Obj != nil && f.Obj.Kind != ast.Fun || q.Ellipsis.IsValid() {
			return false // a method, another package's func, a func value
		}
		for i, a := range q.Args {
			if a == e {
				return c.paramRO(pkg, f.Name, i)
			}
		}
	}
	return false
}

// paramRO reports whether parameter i of pkg's func name is only read.
func (c *roChecker) paramRO(pkg, name string, i int) bool {
	decls := c.funcs[pkg+"|"+name]
	if len(decls) != 1 || decls[0].Body == nil {
		return false
	}
	d := decls[0]
	key := pkg + "|" + name + "|" + string(rune('0'+i))
	switch c.memo[key] {
	case 1, 3:
		return false // a recursive call is refused
	case 2:
		return true
	}
	c.memo[key] = 1
	var id *ast.Ident
	k := 0
	for _, field := range d.Type.Params.List {
		if _, ok := field.Type.(*ast.Ellipsis); ok {
			break
		}
		if len(field.Names) == 0 {
			k++
		}
		for _, n := range field.Names {
			if k == i {
				id = n
			}
			k++
		}
	}
	ok := id != nil && c.identRO(pkg, id, d.Body)
	c.memo[key] = 3
	if ok {
		c.memo[key] = 2
	}
	return ok
}

// identRO reports whether every use of the variable id declares in body
// only reads it; a variable assigned again is refused.
func (c *roChecker) identRO(pkg string, id *ast.Ident, body ast.Node) bool {
	if id.Obj == nil {
		return false
	}
	par := parentsOf(body)
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		x, is := n.(*ast.Ident)
		if !ok || !is || x == id || x.Obj != id.Obj {
			return ok
		}
		if as, isAs := par[x].(*ast.AssignStmt); isAs && slices.Contains(as.Lhs, ast.Expr(x)) {
			ok = false
		} else if !c.exprRO(pkg, x, par) {
			ok = false
		}
		return ok
	})
	return ok
}
