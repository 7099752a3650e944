package rules

// The topics of the signatures: the signer's signature image (ô 7c), the
// seal image of the cơ quan (ô 8) and the information box of the cơ
// quan's chữ ký số on a file signed apart (ô 14 of the diagram).
const (
	TopicChuKy Topic = "chu_ky" // hình ảnh chữ ký số của người có thẩm quyền (ô 7c)
	TopicDau   Topic = "dau"    // hình ảnh dấu, chữ ký số của cơ quan (ô 8)
	TopicKySo  Topic = "ky_so"  // thông tin chữ ký số của cơ quan trên văn bản kèm theo
)

// Signing holds how the signature and seal images and the chữ ký số
// information box are placed (Phụ lục I, Phần I, Mục II, khoản 7 điểm d
// and khoản 8).
type Signing struct {
	// SignatureHeightMM is the height the signer's signature image is
	// shown at (its aspect ratio kept); the width is capped to the
	// signature cell. The decree gives no size: a handwritten
	// signature is about 2 cm high.
	SignatureHeightMM float64
	// SealOverlap is the part of the signature image the seal covers,
	// on its left (about 1/3).
	SealOverlap float64
	// DefaultDPI is the resolution assumed for a PNG without a pHYs
	// chunk, to get the seal's actual size: 96, what Word and
	// LibreOffice assume.
	DefaultDPI float64
	// MaxImageBytes is the largest image file accepted.
	MaxImageBytes int
	// BoxFont and BoxSizePt are the information box's type: Times New
	// Roman, 10 pt, upright, black.
	BoxFont   string
	BoxSizePt float64
	// UTCOffset is the time zone the signing time must be in, in
	// seconds east of UTC: Vietnam, +07:00 (ISO 8601).
	UTCOffset int
	// TimeLabel heads the box's signing-time line (the số và ký hiệu
	// line is the rule set's number line); AgencyLabel heads the
	// signing agency's name when one is given.
	TimeLabel, AgencyLabel string
}

// signingND30 is Phụ lục I, Phần I, Mục II, khoản 7 điểm d and khoản 8.
var signingND30 = Signing{
	SignatureHeightMM: 20,
	SealOverlap:       1.0 / 3,
	DefaultDPI:        96,
	MaxImageBytes:     5 << 20,
	BoxFont:           "Times New Roman",
	BoxSizePt:         10,
	UTCOffset:         7 * 3600,
	TimeLabel:         "Thời gian ký: ",
	AgencyLabel:       "Cơ quan: ",
}
