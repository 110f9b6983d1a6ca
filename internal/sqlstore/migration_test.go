package sqlstore

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"testing/fstest"
)

func TestLoadMigrations(t *testing.T) {
	tests := []struct {
		name    string
		files   fstest.MapFS
		want    []int
		wantErr bool
	}{
		{"sorted by number", fstest.MapFS{
			"migrations/0010_b.sql": {Data: []byte("B")},
			"migrations/0002_a.sql": {Data: []byte("A")},
		}, []int{2, 10}, false},
		{"none", fstest.MapFS{}, nil, false},
		{"unnumbered", fstest.MapFS{"migrations/init.sql": {}}, nil, true},
		{"zero", fstest.MapFS{"migrations/0000_x.sql": {}}, nil, true},
		{"same number", fstest.MapFS{
			"migrations/0001_a.sql": {},
			"migrations/01_b.sql":   {},
		}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := LoadMigrations(tt.files)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			var got []int
			for _, m := range ms {
				got = append(got, m.Version)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("versions %v, want %v", got, tt.want)
			}
		})
	}
}

// fakeDB records the migrations applied to it.
type fakeDB struct {
	version int
	applied []string
	fail    string // name of a migration that fails
}

func (f *fakeDB) SchemaVersion(context.Context) (int, error) { return f.version, nil }

func (f *fakeDB) Apply(_ context.Context, m Migration) error {
	if m.Name == f.fail {
		return errors.New("boom")
	}
	f.applied = append(f.applied, m.Name+":"+m.SQL)
	f.version = m.Version
	return nil
}

func TestMigrate(t *testing.T) {
	files := fstest.MapFS{
		"migrations/0001_a.sql": {Data: []byte("A")},
		"migrations/0002_b.sql": {Data: []byte("B")},
		"migrations/0003_c.sql": {Data: []byte("C")},
	}
	tests := []struct {
		name    string
		db      fakeDB
		want    []string
		wantErr bool
	}{
		{"empty database", fakeDB{}, []string{"0001_a.sql:A", "0002_b.sql:B", "0003_c.sql:C"}, false},
		{"pending only", fakeDB{version: 2}, []string{"0003_c.sql:C"}, false},
		{"current", fakeDB{version: 3}, nil, false},
		{"newer schema", fakeDB{version: 4}, nil, true},
		{"stops at a failure", fakeDB{fail: "0002_b.sql"}, []string{"0001_a.sql:A"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := tt.db
			err := Migrate(context.Background(), files, &db)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(db.applied, tt.want) {
				t.Errorf("applied %q, want %q", db.applied, tt.want)
			}
		})
	}
}
