// Package merge is the three-way merge of one text file, line by line, as
// git merges it: the changes the two sides made to their common ancestor are
// combined; changes that overlap or touch are a conflict unless both sides
// made the same change. Lines compare with their runs of spaces and tabs
// collapsed and trailing white space and CR dropped, so `prisma format`
// re-aligning a model's columns on one side is not a change.
//
// The engine uses it for a Prisma schema changed both by a pull request and
// by its base branch since the pull request started: the merged schema is
// what the base branch will hold after the merge, and a conflict is a
// "rebase first" finding.
package merge

import (
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// Side is where a merged line comes from.
type Side int

const (
	// Both: the line is unchanged from the ancestor on the head's side (it
	// may have changed on the tip's side only in white space).
	Both Side = iota
	// Head: the line is the head's change.
	Head
	// Tip: the line is the tip's change (it is not in the head).
	Tip
)

// Line is one line of the merged text.
type Line struct {
	Text string
	Side Side
	// HeadLine is the 1-based line of the head's text this line is (0 when
	// it comes from the tip only).
	HeadLine int
}

// Conflict is a region both sides changed differently. Lines are 1-based and
// inclusive; an empty range (End < Start) is an insertion before Start.
type Conflict struct {
	BaseStart, BaseEnd int
	HeadStart, HeadEnd int
	TipStart, TipEnd   int
}

// Result is a merge.
type Result struct {
	// Lines is the merged text; in a conflict region it holds the head's
	// lines (the merge is then not what git would produce: Conflicts says
	// so).
	Lines     []Line
	Conflicts []Conflict
}

// Text joins the merged lines with "\n".
func (r Result) Text() string {
	var b strings.Builder
	for i, l := range r.Lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// Lines splits a text into lines without their "\n"; a final newline ends
// the last line rather than starting an empty one.
func Lines(s string) []string {
	if s == "" {
		return nil
	}
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n")
}

// Texts merges three texts and returns the merged text and the result.
func Texts(base, tip, head string) (string, Result) {
	r := Merge(Lines(base), Lines(tip), Lines(head))
	text := r.Text()
	// The final newline merges like a line: the head's when the head
	// changed it, else the tip's.
	nl := func(s string) bool { return strings.HasSuffix(s, "\n") }
	final := nl(tip)
	if nl(head) != nl(base) {
		final = nl(head)
	}
	if len(r.Lines) > 0 && final {
		text += "\n"
	}
	return text, r
}

// normalize is the comparison key of a line.
func normalize(s string) string {
	s = strings.TrimRight(s, " \t\r")
	if !strings.ContainsAny(s, "\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' }), " ")
}

// hunk is one change of a side: base lines [b0, b1) replaced by the side's
// lines [s0, s1) (0-based, half-open).
type hunk struct {
	b0, b1, s0, s1 int
	tip            bool
}

func hunks(base, side []string, tip bool) (hs []hunk, same []int) {
	nb, ns := make([]string, len(base)), make([]string, len(side))
	for i, l := range base {
		nb[i] = normalize(l)
	}
	for i, l := range side {
		ns[i] = normalize(l)
	}
	// same[i] is the side's index of base line i when it is unchanged, -1
	// otherwise.
	same = make([]int, len(base))
	for i := range same {
		same[i] = -1
	}
	m := difflib.NewMatcherWithJunk(nb, ns, false, nil)
	for _, op := range m.GetOpCodes() {
		if op.Tag == 'e' {
			for k := 0; k < op.I2-op.I1; k++ {
				same[op.I1+k] = op.J1 + k
			}
			continue
		}
		hs = append(hs, hunk{b0: op.I1, b1: op.I2, s0: op.J1, s1: op.J2, tip: tip})
	}
	return hs, same
}

// Merge merges the changes from base to tip and from base to head.
func Merge(base, tip, head []string) Result {
	th, tipSame := hunks(base, tip, true)
	hh, headSame := hunks(base, head, false)
	all := make([]hunk, 0, len(th)+len(hh))
	// Both lists are sorted by base position; merge them.
	i, j := 0, 0
	for i < len(th) || j < len(hh) {
		if j == len(hh) || i < len(th) && th[i].b0 <= hh[j].b0 {
			all = append(all, th[i])
			i++
		} else {
			all = append(all, hh[j])
			j++
		}
	}
	var r Result
	// emitBase copies unchanged base lines [from, to), as the head has them.
	emitBase := func(from, to int) {
		for k := from; k < to; k++ {
			if hj := headSame[k]; hj >= 0 {
				r.Lines = append(r.Lines, Line{Text: head[hj], Side: Both, HeadLine: hj + 1})
			} else {
				r.Lines = append(r.Lines, Line{Text: base[k], Side: Both})
			}
		}
	}
	pos := 0 // next base line to copy
	for k := 0; k < len(all); {
		// A group: hunks that overlap or touch, transitively.
		g0, g1 := all[k].b0, all[k].b1
		n := k + 1
		for n < len(all) && all[n].b0 <= g1 {
			if all[n].b1 > g1 {
				g1 = all[n].b1
			}
			n++
		}
		group := all[k:n]
		k = n
		emitBase(pos, g0)
		pos = g1
		var hasTip, hasHead bool
		for _, h := range group {
			if h.tip {
				hasTip = true
			} else {
				hasHead = true
			}
		}
		headLines := func() []Line { return sideLines(group, false, g0, g1, head, headSame, true) }
		switch {
		case hasHead && !hasTip:
			r.Lines = append(r.Lines, headLines()...)
		case hasTip && !hasHead:
			r.Lines = append(r.Lines, sideLines(group, true, g0, g1, tip, tipSame, false)...)
		default:
			hl := headLines()
			tl := sideLines(group, true, g0, g1, tip, tipSame, false)
			r.Lines = append(r.Lines, hl...)
			if !sameLines(hl, tl) {
				c := Conflict{BaseStart: g0 + 1, BaseEnd: g1}
				c.HeadStart, c.HeadEnd = span(group, false, g0, g1, headSame)
				c.TipStart, c.TipEnd = span(group, true, g0, g1, tipSame)
				r.Conflicts = append(r.Conflicts, c)
			}
		}
	}
	emitBase(pos, len(base))
	return r
}

// sideLines is what one side has in place of base lines [g0, g1): its hunks
// there, and the base lines between them as that side has them.
func sideLines(group []hunk, tip bool, g0, g1 int, side []string, same []int, isHead bool) []Line {
	var out []Line
	add := func(idx int) {
		l := Line{Text: side[idx], Side: Tip}
		if isHead {
			l.Side, l.HeadLine = Head, idx+1
		}
		out = append(out, l)
	}
	pos := g0
	for _, h := range group {
		if h.tip != tip {
			continue
		}
		for b := pos; b < h.b0; b++ {
			if s := same[b]; s >= 0 {
				add(s)
			}
		}
		for s := h.s0; s < h.s1; s++ {
			add(s)
		}
		pos = h.b1
	}
	for b := pos; b < g1; b++ {
		if s := same[b]; s >= 0 {
			add(s)
		}
	}
	return out
}

// span is the 1-based inclusive line range a side has in place of base
// lines [g0, g1).
func span(group []hunk, tip bool, g0, g1 int, same []int) (int, int) {
	start, end := -1, -1
	note := func(a, b int) { // side lines [a, b)
		if start < 0 || a < start {
			start = a
		}
		if b > end {
			end = b
		}
	}
	for _, h := range group {
		if h.tip == tip {
			note(h.s0, h.s1)
		}
	}
	for b := g0; b < g1; b++ {
		if s := same[b]; s >= 0 {
			note(s, s+1)
		}
	}
	if start < 0 {
		return 0, -1
	}
	return start + 1, end
}

func sameLines(a, b []Line) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if normalize(a[i].Text) != normalize(b[i].Text) {
			return false
		}
	}
	return true
}
