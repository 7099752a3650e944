package rules

// sets holds every rule set that renders, in the order they are listed.
var sets = []*RuleSet{ND30, HD36}

// Planned names the_thuc values that are known but not rendered yet,
// with the rule set they will be.
var Planned = map[string]string{}

// ByTheThuc returns the rule set for a the_thuc value ("nha-nuoc") or a
// rule-set ID ("nd30-2020"); nil when there is none.
func ByTheThuc(name string) *RuleSet {
	for _, rs := range sets {
		if rs.TheThuc == name || rs.ID == name {
			return rs
		}
	}
	return nil
}

// All returns the rule sets that render.
func All() []*RuleSet { return append([]*RuleSet(nil), sets...) }

// toolRules are the rules of vanthu itself rather than of a legal text:
// templated fields and the data of a mail merge. Every rule set shares
// them.
var toolRules = map[Topic]Rule{
	TopicTemplate: {ID: "VANTHU.TEMPLATE", ArticleVI: "mẫu trộn văn bản", ArticleEN: "document template"},
	TopicData:     {ID: "VANTHU.DATA", ArticleVI: "bảng dữ liệu trộn", ArticleEN: "mail-merge data"},
}
