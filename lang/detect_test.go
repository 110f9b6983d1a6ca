package lang

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// TestDetectTies checks that a text at the same distance from two
// languages gets the same answer on every call, the language of the first
// ISO 639-3 code, with confidence 0 (never a sure call). whatlanggo itself
// answers such a text at random (it ranges over a map of profiles); the
// texts are one-word inventions found to tie.
func TestDetectTies(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // ISO 639-1 code
	}{
		{"a", "cs"},  // Czech (ces) and Hungarian (hun)
		{"en", "af"}, // Afrikaans (afr) and Dutch (nld)
		{"A.", "cs"},
		{"En!", "af"},
	} {
		t.Run(c.text, func(t *testing.T) {
			for range 200 {
				d := Detect(c.text)
				if d.Code != c.want || d.Confidence != 0 || d.Sure() {
					t.Fatalf("Detect(%q) = %v confidence %v, want %s confidence 0", c.text, d, d.Confidence, c.want)
				}
			}
		})
	}
}

// TestDetectLikeWhatlanggo checks that detectLang answers as
// whatlanggo.Detect does, language and confidence, on the invented
// articles of lang_test.go, their openings of every length up to 300
// bytes, texts in other scripts and random mixtures of their words. Where
// whatlanggo's answer has confidence 0 (possibly a tie, answered at random)
// detectLang's language must be at the same distance: whatlanggo, offered
// only the two, cannot tell them apart.
func TestDetectLikeWhatlanggo(t *testing.T) {
	base := []string{french, german, spanish, englishNames, englishLower, frenchShort,
		"Москва объявила о новых мерах поддержки малого бизнеса в регионах страны.",
		"Київ оголосив про нові заходи підтримки малого бізнесу в регіонах країни.",
		"दिल्ली में आज भारी बारिश हुई और कई सड़कों पर पानी भर गया।",
		"שלום לכולם, היום נפתחה הספרייה החדשה במרכז העיר.",
		"اعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية",
		"ሰላም ለሁላችሁ ዛሬ አዲሱ ቤተ መጻሕፍት ተከፈተ",
		"東京で新しい図書館が開館しました。", "北京今天下雨了。", "서울에서 새 도서관이 문을 열었다.",
		"", "123 456 !!!", "a", "en", "the", "xyz qqq", "Ça va? Ñandú. ÆØÅ ß İ ı",
	}
	texts := append([]string(nil), base...)
	for _, s := range base[:6] {
		for n := 1; n <= min(len(s), 300); n++ {
			texts = append(texts, opening(s[:n]))
		}
	}
	var words []string
	for _, s := range base {
		words = append(words, strings.Fields(s)...)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		var b strings.Builder
		for range 1 + rng.IntN(60) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		texts = append(texts, opening(b.String()))
	}
	for _, text := range texts {
		lang, conf := detectLang(text)
		info := whatlanggo.Detect(text)
		if conf != info.Confidence {
			t.Fatalf("detectLang(%q) confidence %v, whatlanggo %v", text, conf, info.Confidence)
		}
		if lang == info.Lang {
			continue
		}
		if conf != 0 {
			t.Fatalf("detectLang(%q) = %v, whatlanggo %v (confidence %v)", text, lang, info.Lang, conf)
		}
		pair := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{lang: true, info.Lang: true}})
		if pair.Confidence != 0 {
			t.Fatalf("detectLang(%q) = %v, whatlanggo %v, not a tie (%v at %v)", text, lang, info.Lang, pair.Lang, pair.Confidence)
		}
	}
}

// BenchmarkDetect measures Detect on the invented articles of lang_test.go
// (their opening, as Check reads them when the shortcuts do not apply).
func BenchmarkDetect(b *testing.B) {
	texts := []string{french, german, spanish, englishNames, englishLower}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Detect(s)
		}
	}
}

// TestCountWordsLikeFields checks countWords against its first form, over
// strings.Fields, on texts of every kind of space and script.
func TestCountWordsLikeFields(t *testing.T) {
	fields := func(text string) int {
		n, unspaced := 0, 0
		for _, f := range strings.Fields(text) {
			letter := false
			for _, r := range f {
				switch {
				case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar):
					unspaced++
				case unicode.IsLetter(r):
					letter = true
				}
			}
			if letter {
				n++
			}
		}
		return n + unspaced/2
	}
	parts := []string{"one", "two,", "--", "42", "é", "Ünï", "東京", "ไทย", "\t", "\n", " ", "\u00a0", "\u2003", "\u0085", "\x00", "\xff", "a-b", "!", "Москва", "ሰላም", "\r\n"}
	texts := []string{"", " ", "word", " word ", french, englishNames, "今天上午市政府宣布新的公交计划"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := countWords(text), fields(text); got != want {
			t.Fatalf("countWords(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestNames checks the cached names and codes against whatlanggo's.
func TestNames(t *testing.T) {
	for l := range whatlanggo.Langs {
		code := l.Iso6391()
		if code == "" {
			code = l.Iso6393()
		}
		if got := names()[l]; got.name != l.String() || got.code != code {
			t.Errorf("names()[%d] = %v, want %s %s", l, got, l.String(), code)
		}
	}
}
