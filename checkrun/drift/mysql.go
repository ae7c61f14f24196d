package drift

type mysqlRenderer struct{}

func (mysqlRenderer) render(s step) []string { return pgRenderer{}.render(s) }
