package split

import (
	"fmt"
	"os"
	"testing"

	"github.com/chorusnews/chorus/sentence"
)

func TestSplit(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ_TXT"))
	for _, s := range sentence.Split(string(b)) {
		fmt.Println("|", s)
	}
}
