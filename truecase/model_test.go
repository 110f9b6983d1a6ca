package truecase

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"strings"
	"testing"
)

// TestReadRoundTrip checks that Read gives back every count Write wrote
// and turns away a cut or lengthened model.
func TestReadRoundTrip(t *testing.T) {
	m := fixtureModel(t)
	m.AddWordList([]string{"Varnholm", "Quillby", "tern", "Tern"})
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.tables == nil {
		t.Fatal("Read gives no tables")
	}
	thawed := got.thawed()
	if !reflect.DeepEqual(thawed.words, m.words) || !reflect.DeepEqual(thawed.left, m.left) || !reflect.DeepEqual(thawed.right, m.right) || !reflect.DeepEqual(thawed.proper, m.proper) {
		t.Error("Read does not give back the model Write wrote")
	}
	// The gzip-compressed form reads the same.
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(buf.Bytes())
	zw.Close()
	if got, err := Read(&z); err != nil || !reflect.DeepEqual(got.thawed().words, m.words) {
		t.Errorf("Read of the gzip-compressed model: %v", err)
	}
	raw := buf.Bytes()
	for _, bad := range [][]byte{raw[:len(raw)-1], append(bytes.Clone(raw), 0), raw[:len(modelMagic)+2]} {
		if _, err := Read(bytes.NewReader(bad)); err == nil {
			t.Errorf("Read accepted a model of %d bytes (%d written)", len(bad), len(raw))
		}
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(bad)
		zw.Close()
		if _, err := Read(&z); err == nil {
			t.Errorf("Read accepted a gzip-compressed model of %d bytes (%d written)", len(bad), len(raw))
		}
	}
}

// TestTablesAsMaps checks that the embedded model, read into tables,
// raises what the same model in maps raises.
func TestTablesAsMaps(t *testing.T) {
	m := Default()
	maps := m.thawed()
	if maps == m || maps.tables != nil {
		t.Fatal("thawed gives no maps")
	}
	if w, p := m.Len(); w != len(maps.words) || p != len(maps.left)+len(maps.right) {
		t.Errorf("Len = %d, %d; maps hold %d, %d", w, p, len(maps.words), len(maps.left)+len(maps.right))
	}
	for _, p := range fixture {
		in := strings.ToLower(p)
		if a, b := m.Apply(in, nil), maps.Apply(in, nil); a != b {
			t.Errorf("tables give %q, maps %q", a, b)
		}
	}
}
