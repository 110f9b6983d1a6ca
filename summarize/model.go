package summarize

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sync"
)

// Model is the linear sentence scorer of the scoring stage: a weight per
// feature, fitted by Train on Multi-News training clusters and embedded as
// model.json.
type Model struct {
	// Weights maps a feature name to its weight; missing features weigh 0.
	Weights map[string]float64 `json:"weights"`
	// About says how the weights were made (command, data, date).
	About string `json:"about,omitempty"`

	w features
}

//go:embed model.json
var modelJSON []byte

var defaultModel = sync.OnceValue(func() *Model {
	m, err := decodeModel(modelJSON)
	if err != nil {
		// The embedded model is checked by the tests; an invalid one is a
		// build mistake, not an input error.
		panic(fmt.Sprintf("summarize: embedded model: %v", err))
	}
	return m
})

// DefaultModel returns the embedded model.
func DefaultModel() *Model { return defaultModel() }

// ReadModel reads a model written by Model.Write.
func ReadModel(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("cannot read model: %w", err)
	}
	return decodeModel(b)
}

func decodeModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("cannot decode model: %w", err)
	}
	if err := m.compile(); err != nil {
		return nil, err
	}
	return &m, nil
}

// compile copies the named weights into the feature-ordered array.
func (m *Model) compile() error {
	known := make(map[string]int, numFeatures)
	for i, n := range featureNames {
		known[n] = i
	}
	m.w = features{}
	for name, v := range m.Weights {
		i, ok := known[name]
		if !ok {
			return fmt.Errorf("cannot use model: unknown feature %q", name)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("cannot use model: weight of %q is %v", name, v)
		}
		m.w[i] = v
	}
	return nil
}

// Write writes m as indented JSON with features in a fixed order.
func (m *Model) Write(w io.Writer) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("cannot encode model: %w", err)
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("cannot write model: %w", err)
	}
	return nil
}

func (m *Model) score(x *features) float64 {
	s := 0.0
	for i, v := range x {
		s += m.w[i] * v
	}
	return s
}
