// Package defect tells which sentences an editor would cut from a news
// summary, and why.
package defect
