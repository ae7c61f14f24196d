package sqlddl

import (
	"strings"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
)

// A long migration.sql is parsed in pieces. libpg_query builds the whole
// file's tree in C, then its protobuf encoding, then pg_query_go the same
// tree in Go: for a file of a million tiny statements (8 MB) that peaked
// at 800 MB in C alone, and as much again in Go. A file over pgPieceSize is
// parsed instead in pieces of about that size that end at a statement
// boundary; only each piece's protobuf encoding (a few bytes per byte of
// SQL) is kept, and the pieces are decoded and applied one at a time.
//
// PostgreSQL itself is the judge of each boundary: a piece is cut after a
// ';' that pgCutAfter's lexer takes for a statement's end, and the cut is
// kept only if libpg_query parses the piece and ends its last statement at
// that ';'. A cut PostgreSQL would not make (inside a string, a comment, a
// BEGIN ATOMIC body, or after a lexer mistake) leaves the piece unparsable
// or its last statement elsewhere; the piece then grows (doubling) until the
// cut holds or the file ends. Statements are applied only once every piece
// has parsed, so a syntax error anywhere still means, as for PostgreSQL,
// that nothing of the file is replayed.

// pgPieceSize is the size beyond which a file is parsed in pieces, and about
// the size of each piece.
var pgPieceSize = 64 << 10 // a variable: tests cut every statement

// pgPiece is one parsed piece: its offset in the file and its tree's
// protobuf encoding.
type pgPiece struct {
	off, end int
	pb       []byte
}

// replayPieces parses r.src in pieces, then applies them in order. A syntax
// error is reported at its place in the file, and nothing is applied.
func (r *pgReplay) replayPieces() {
	var pieces []pgPiece
	for start := 0; start < len(r.src); {
		size := pgPieceSize
		for {
			end := pgCutAfter(r.src, start, start+size)
			text := r.src[start:end]
			pb, err := pgparse.ParseProtobuf(text)
			if err != nil && end == len(r.src) {
				r.base, r.limit = start, end
				r.syntaxError(err)
				return
			}
			if err == nil && (end == len(r.src) || pgCutHolds(text, pb)) {
				pieces = append(pieces, pgPiece{off: start, end: end, pb: pb})
				start = end
				break
			}
			size = max(2*size, end-start+1) // the next cut lies beyond this one
		}
	}
	for i := range pieces {
		p := &pieces[i]
		tree, err := pgparse.Decode(r.src[p.off:p.end], p.pb)
		p.pb = nil
		if err != nil {
			r.base, r.limit = p.off, p.end
			r.syntaxError(err)
			return
		}
		r.version = tree.Version
		r.base, r.limit = p.off, p.end
		for _, raw := range tree.Stmts {
			r.statement(raw)
		}
	}
	r.base, r.limit = 0, len(r.src)
}

// pgCutHolds reports whether PostgreSQL ends a statement at the ';' that
// ends text (pb is text's parse): its last statement ends right there, and
// only semicolons and white space follow it. It reads the last statement's
// location from the encoding, without decoding the trees.
func pgCutHolds(text string, pb []byte) bool {
	loc, n, ok := pgLastStmt(pb)
	end := loc + n
	if !ok || n <= 0 || end < 0 || end >= len(text) || text[end] != ';' {
		return false
	}
	return strings.TrimLeft(text[end:], "; \t\n\r\f\v") == ""
}

// pgLastStmt reads stmt_location and stmt_len of the last statement of a
// ParseResult's protobuf encoding (field 2: repeated RawStmt, whose fields 2
// and 3 they are).
func pgLastStmt(pb []byte) (loc, n int, ok bool) {
	var last []byte
	for len(pb) > 0 {
		num, typ, l := protowire.ConsumeTag(pb)
		if l < 0 {
			return 0, 0, false
		}
		pb = pb[l:]
		if num == 2 && typ == protowire.BytesType {
			v, m := protowire.ConsumeBytes(pb)
			if m < 0 {
				return 0, 0, false
			}
			last, pb = v, pb[m:]
			continue
		}
		m := protowire.ConsumeFieldValue(num, typ, pb)
		if m < 0 {
			return 0, 0, false
		}
		pb = pb[m:]
	}
	if last == nil {
		return 0, 0, false
	}
	for len(last) > 0 {
		num, typ, l := protowire.ConsumeTag(last)
		if l < 0 {
			return 0, 0, false
		}
		last = last[l:]
		if (num == 2 || num == 3) && typ == protowire.VarintType {
			v, m := protowire.ConsumeVarint(last)
			if m < 0 {
				return 0, 0, false
			}
			if num == 2 {
				loc = int(int32(v))
			} else {
				n = int(int32(v))
			}
			last = last[m:]
			continue
		}
		m := protowire.ConsumeFieldValue(num, typ, last)
		if m < 0 {
			return 0, 0, false
		}
		last = last[m:]
	}
	return loc, n, true
}

// pgCutAfter returns the offset just past the first ';' at or after from
// that a simple PostgreSQL lexer, started at start (a statement boundary),
// takes for a statement's end, or len(src): it skips '…' and E'…' strings,
// "…" identifiers, $tag$…$tag$ bodies, -- and nested /* */ comments. It
// only proposes cuts; pgCutHolds decides.
func pgCutAfter(src string, start, from int) int {
	if from >= len(src) {
		return len(src)
	}
	i := start
	for i < len(src) {
		c := src[i]
		switch {
		case c == ';':
			if i >= from {
				return i + 1
			}
			i++
		case c == '-' && strings.HasPrefix(src[i:], "--"):
			nl := strings.IndexByte(src[i:], '\n')
			if nl < 0 {
				return len(src)
			}
			i += nl + 1
		case c == '/' && strings.HasPrefix(src[i:], "/*"):
			i = pgSkipBlockComment(src, i)
		case c == '\'':
			escapes := i > 0 && (src[i-1] == 'E' || src[i-1] == 'e')
			i = pgSkipQuoted(src, i, '\'', escapes)
		case c == '"':
			i = pgSkipQuoted(src, i, '"', false)
		case c == '$':
			i = pgSkipDollar(src, i)
		default:
			i++
		}
	}
	return len(src)
}

// pgSkipQuoted returns the offset past the quoted text starting at i (a
// doubled quote stays inside; escapes: backslash escapes too).
func pgSkipQuoted(src string, i int, q byte, escapes bool) int {
	for i++; i < len(src); i++ {
		switch {
		case escapes && src[i] == '\\':
			i++
		case src[i] == q:
			if i+1 < len(src) && src[i+1] == q {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(src)
}

// pgSkipDollar returns the offset past a $tag$…$tag$ body starting at i, or
// i+1 when the '$' opens none (a parameter, or part of a name).
func pgSkipDollar(src string, i int) int {
	if i > 0 && isIdentPart(src[i-1]) {
		return i + 1 // inside a name such as a$b
	}
	j := i + 1
	for j < len(src) && (src[j] == '_' || src[j] >= 0x80 || src[j]|0x20 >= 'a' && src[j]|0x20 <= 'z' || j > i+1 && isDigit(src[j])) {
		j++
	}
	if j >= len(src) || src[j] != '$' {
		return i + 1
	}
	tag := src[i : j+1]
	end := strings.Index(src[j+1:], tag)
	if end < 0 {
		return len(src)
	}
	return j + 1 + end + len(tag)
}
