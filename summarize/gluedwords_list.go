package summarize

// gluedWordList holds gluedWords: the words of /usr/share/dict/words
// (SCOWL's american-english) that gluedWord, without this list, reads
// as two words run together.
const gluedWordList = "cancan forthwith therefrom therewith whatnot"
