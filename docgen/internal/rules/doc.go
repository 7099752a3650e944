// Package rules holds the formatting rules of each standard as data: one
// RuleSet per standard (nd30-2020 for Nghị định 30/2020/NĐ-CP), with the
// page setup, the size, weight, slant and case of every thể thức element,
// the kinds (tên loại) and their abbreviations, the quyền hạn forms and
// the articles each rule comes from.
//
// The renderer and the checker read the same tables; nothing here draws
// or reads a file. The few functions beside the tables format the lines
// whose shape the rules fix (the number line, the date line, the Lưu
// line), so that both sides build them the same way.
package rules
