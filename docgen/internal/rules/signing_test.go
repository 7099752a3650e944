package rules

import "testing"

// TestSigningRules: every rule set names the articles of the signature
// and seal images and the chữ ký số box, and places them sensibly.
func TestSigningRules(t *testing.T) {
	for _, rs := range []*RuleSet{ND30, HD36} {
		for _, topic := range []Topic{TopicChuKy, TopicDau, TopicKySo} {
			if r := rs.Rule(topic); r.ID == string(topic) || r.ArticleVI == "" || r.ArticleEN == "" {
				t.Errorf("%s has no rule for %s: %+v", rs.ID, topic, r)
			}
		}
		s := rs.Signing
		if s.SignatureHeightMM < 10 || s.SignatureHeightMM > 40 || s.SealOverlap <= 0 || s.SealOverlap >= 1 ||
			s.DefaultDPI != 96 || s.MaxImageBytes != 5<<20 || s.BoxFont != rs.Font || s.BoxSizePt != 10 ||
			s.UTCOffset != 7*3600 || s.TimeLabel == "" || s.AgencyLabel == "" {
			t.Errorf("%s: signing %+v", rs.ID, s)
		}
	}
}
