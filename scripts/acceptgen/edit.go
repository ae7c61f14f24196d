package main

import (
	"fmt"
	"regexp"
	"strings"
)

// edit changes a schema file, as lines.
type edit func(lines []string) ([]string, error)

// findBlock returns the line indexes of a block's header (the first line
// starting with header, e.g. "model User {") and of its closing brace.
func findBlock(lines []string, header string) (start, end int, err error) {
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimSpace(l), header) {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "}" {
				return i, j, nil
			}
		}
		return 0, 0, fmt.Errorf("block %q is not closed", header)
	}
	return 0, 0, fmt.Errorf("no block %q", header)
}

// findLine returns the index of the first line of the block containing
// contains ("" is the header line itself).
func findLine(lines []string, header, contains string) (int, error) {
	start, end, err := findBlock(lines, header)
	if err != nil || contains == "" {
		return start, err
	}
	for i := start + 1; i < end; i++ {
		if strings.Contains(lines[i], contains) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no line containing %q in %q", contains, header)
}

func splitText(text string) []string { return strings.Split(strings.TrimSuffix(text, "\n"), "\n") }

func insertAt(lines []string, i int, text string) []string {
	out := append([]string{}, lines[:i]...)
	out = append(out, splitText(text)...)
	return append(out, lines[i:]...)
}

// insertAfter inserts text after the block's line containing contains ("":
// after the header).
func insertAfter(header, contains, text string) edit {
	return func(lines []string) ([]string, error) {
		i, err := findLine(lines, header, contains)
		if err != nil {
			return nil, err
		}
		return insertAt(lines, i+1, text), nil
	}
}

// insertBefore inserts text before the block's line containing contains
// ("": before the header).
func insertBefore(header, contains, text string) edit {
	return func(lines []string) ([]string, error) {
		i, err := findLine(lines, header, contains)
		if err != nil {
			return nil, err
		}
		return insertAt(lines, i, text), nil
	}
}

// insertBeforeEnd inserts text before the block's closing brace.
func insertBeforeEnd(header, text string) edit {
	return func(lines []string) ([]string, error) {
		_, end, err := findBlock(lines, header)
		if err != nil {
			return nil, err
		}
		return insertAt(lines, end, text), nil
	}
}

// replaceIn replaces old by new once on the block's line containing contains.
func replaceIn(header, contains, old, new string) edit {
	return func(lines []string) ([]string, error) {
		i, err := findLine(lines, header, contains)
		if err != nil {
			return nil, err
		}
		if !strings.Contains(lines[i], old) {
			return nil, fmt.Errorf("line %q has no %q", lines[i], old)
		}
		out := append([]string{}, lines...)
		out[i] = strings.Replace(lines[i], old, new, 1)
		return out, nil
	}
}

// replaceText replaces the single occurrence of old in the file.
func replaceText(old, new string) edit {
	return func(lines []string) ([]string, error) {
		s := strings.Join(lines, "\n")
		if strings.Count(s, old) != 1 {
			return nil, fmt.Errorf("%q occurs %d times", old, strings.Count(s, old))
		}
		return strings.Split(strings.Replace(s, old, new, 1), "\n"), nil
	}
}

// appendText adds text at the end of the file, after a blank line.
func appendText(text string) edit {
	return func(lines []string) ([]string, error) {
		out := append([]string{}, lines...)
		for len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" {
			out = out[:len(out)-1]
		}
		out = append(out, "")
		out = append(out, splitText(text)...)
		return append(out, ""), nil
	}
}

// moveToEnd moves a block (with the comment lines right above it) to the end
// of the file.
func moveToEnd(header string) edit {
	return func(lines []string) ([]string, error) {
		start, end, err := findBlock(lines, header)
		if err != nil {
			return nil, err
		}
		for start > 0 && strings.HasPrefix(strings.TrimSpace(lines[start-1]), "//") {
			start--
		}
		block := strings.Join(lines[start:end+1], "\n")
		rest := append(append([]string{}, lines[:start]...), lines[end+1:]...)
		return appendText(block)(rest)
	}
}

// swapLines exchanges the block's lines containing a and b.
func swapLines(header, a, b string) edit {
	return func(lines []string) ([]string, error) {
		i, err := findLine(lines, header, a)
		if err != nil {
			return nil, err
		}
		j, err := findLine(lines, header, b)
		if err != nil {
			return nil, err
		}
		out := append([]string{}, lines...)
		out[i], out[j] = out[j], out[i]
		return out, nil
	}
}

var runOfSpaces = regexp.MustCompile(`[ \t]+`)

// reformat rewrites a block's layout without changing its meaning: tabs for
// indentation, single spaces instead of column alignment, a blank line
// after the header and trailing spaces.
func reformat(header string) edit {
	return func(lines []string) ([]string, error) {
		start, end, err := findBlock(lines, header)
		if err != nil {
			return nil, err
		}
		out := append([]string{}, lines[:start+1]...)
		out = append(out, "")
		for _, l := range lines[start+1 : end] {
			t := strings.TrimSpace(l)
			if t == "" || strings.HasPrefix(t, "//") {
				out = append(out, l)
				continue
			}
			out = append(out, "\t"+runOfSpaces.ReplaceAllString(t, " ")+"  ")
		}
		return append(out, lines[end:]...), nil
	}
}

// appendToLine adds suffix at the end of the block's line containing contains.
func appendToLine(header, contains, suffix string) edit {
	return func(lines []string) ([]string, error) {
		i, err := findLine(lines, header, contains)
		if err != nil {
			return nil, err
		}
		out := append([]string{}, lines...)
		out[i] = strings.TrimRight(lines[i], " ") + suffix
		return out, nil
	}
}
