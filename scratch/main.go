package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/chorusnews/chorus/defect"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		s := sc.Text()
		fmt.Printf("%-30s %s\n", defect.Detect(s, defect.Context{}).String(), s)
	}
}
