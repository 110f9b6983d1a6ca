package main

import (
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
)

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"16MiB", 16 << 20, true},
		{"16m", 16 << 20, true},
		{"512 KiB", 512 << 10, true},
		{"2GB", 2e9, true},
		{"1048576", 1 << 20, true},
		{"0", 0, false},
		{"-5MiB", 0, false},
		{"lots", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var b byteSize
			err := b.Set(tt.in)
			if (err == nil) != tt.ok || (tt.ok && int64(b) != tt.want) {
				t.Errorf("Set(%q) = %d, %v; want %d ok=%v", tt.in, b, err, tt.want, tt.ok)
			}
		})
	}
	b := byteSize(16 << 20)
	if b.String() != "16MiB" {
		t.Errorf("String() = %q", b.String())
	}
}

func TestParseArgs(t *testing.T) {
	t.Setenv("CHORUS_TEST_DIR", "from-env")
	newFS := func() (*flag.FlagSet, *string, *bool) {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		return fs, fs.String("data", "default", ""), fs.Bool("v", false, "")
	}
	env := map[string]string{"data": "CHORUS_TEST_DIR"}
	tests := []struct {
		name     string
		args     []string
		wantPos  string
		wantData string
		wantErr  error
	}{
		{"env", []string{"add", "u"}, "add u", "from-env", nil},
		{"flag beats env", []string{"--data", "d", "add"}, "add", "d", nil},
		{"flags after positionals", []string{"add", "u1", "--data", "d", "u2", "-v"}, "add u1 u2", "d", nil},
		{"stdin dash", []string{"-"}, "-", "from-env", nil},
		{"unknown flag", []string{"--nope"}, "", "", errUsage},
		{"help", []string{"-h"}, "", "", flag.ErrHelp},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, data, _ := newFS()
			pos, err := parseArgs(fs, tt.args, env)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if strings.Join(pos, " ") != tt.wantPos || *data != tt.wantData || strings.Join(fs.Args(), " ") != tt.wantPos {
				t.Errorf("pos %q args %q data %q", pos, fs.Args(), *data)
			}
		})
	}
	fs, _, _ := newFS()
	t.Setenv("CHORUS_TEST_DIR", "")
	if _, err := parseArgs(fs, nil, map[string]string{"v": "CHORUS_TEST_BOOL"}); err != nil {
		t.Errorf("empty env: %v", err)
	}
	t.Setenv("CHORUS_TEST_BOOL", "maybe")
	if _, err := parseArgs(fs, nil, map[string]string{"v": "CHORUS_TEST_BOOL"}); !errors.Is(err, errUsage) {
		t.Errorf("bad env value: %v", err)
	}
}
