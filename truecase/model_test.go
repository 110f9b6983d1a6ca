package truecase

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"testing"
)

// TestReadRoundTrip checks that Read gives back every count Write wrote
// and turns away a cut or lengthened model.
func TestReadRoundTrip(t *testing.T) {
	m := fixtureModel(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.words, m.words) || !reflect.DeepEqual(got.left, m.left) || !reflect.DeepEqual(got.right, m.right) {
		t.Error("Read does not give back the model Write wrote")
	}
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if _, err := raw.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{raw.Bytes()[:raw.Len()-1], append(bytes.Clone(raw.Bytes()), 0), raw.Bytes()[:len(modelMagic)+2]} {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(bad)
		zw.Close()
		if _, err := Read(&z); err == nil {
			t.Errorf("Read accepted a model of %d bytes (%d written)", len(bad), raw.Len())
		}
	}
}
