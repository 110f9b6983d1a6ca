// Command tcase truecases the baseline summaries of a blind packet the way
// Chorus truecases its own in lower-cased clusters (package truecase, two
// passes, the summary's own capitals as evidence), so that letter case does
// not tell the judges which system wrote a summary.
//
//	go run ./scripts/blind/tcase DIR...
//
// Each DIR holds one summary per file, one sentence per line; the files are
// rewritten in place.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chorusnews/chorus/truecase"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: tcase DIR...")
		os.Exit(2)
	}
	m := truecase.Default()
	for _, dir := range os.Args[1:] {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(files) == 0 {
			fmt.Fprintf(os.Stderr, "tcase: no summaries in %s\n", dir)
			os.Exit(1)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, "tcase:", err)
				os.Exit(1)
			}
			lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
			for range 2 {
				var names truecase.Names
				for _, l := range lines {
					names.Add(l)
				}
				for i, l := range lines {
					lines[i] = m.Apply(l, &names)
				}
			}
			if err := os.WriteFile(f, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
				fmt.Fprintln(os.Stderr, "tcase:", err)
				os.Exit(1)
			}
		}
	}
}
