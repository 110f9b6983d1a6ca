package datadir

import (
	"compress/gzip"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFindFromEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CHORUS_DATA", dir)
	got, err := Find()
	if err != nil || got != dir {
		t.Fatalf("Find() = %q, %v; want %q", got, err, dir)
	}
	t.Setenv("CHORUS_DATA", filepath.Join(dir, "missing"))
	if _, err := Find(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Find() with a missing CHORUS_DATA = %v, want fs.ErrNotExist", err)
	}
}

func TestFindBesideModule(t *testing.T) {
	top := t.TempDir()
	mod := filepath.Join(top, "main")
	sub := filepath.Join(mod, "pkg", "deep")
	data := filepath.Join(top, "shared", "data")
	for _, d := range []string{sub, data} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CHORUS_DATA", "")
	t.Chdir(sub)
	got, err := Find()
	if err != nil || got != data {
		t.Fatalf("Find() = %q, %v; want %q", got, err, data)
	}
	if err := os.RemoveAll(data); err != nil {
		t.Fatal(err)
	}
	if _, err := Find(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Find() without data = %v, want fs.ErrNotExist", err)
	}
}

func TestGzipLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte("first line\nsecond\nno newline at end"))
	zw.Close()
	f.Close()
	got, err := GzipLines(path)
	want := []string{"first line", "second", "no newline at end"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("GzipLines = %q, %v; want %q", got, err, want)
	}
	if _, err := GzipLines(filepath.Join(t.TempDir(), "absent.gz")); err == nil {
		t.Error("GzipLines on a missing file: no error")
	}
}
