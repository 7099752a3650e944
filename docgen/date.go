package docgen

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is the date of issue (thời gian ban hành). A Date with only Year
// set is a draft: the văn thư writes in day and month at registration.
type Date struct {
	Year, Month, Day int
}

// ParseDate reads "YYYY-MM-DD", or "YYYY" alone for a draft. It checks
// the shape only; Validate checks that the day exists.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	if len(parts) != 1 && len(parts) != 3 {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or YYYY", s)
	}
	var nums [3]int
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		if len(p) != want && !(i > 0 && len(p) == 1) {
			return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or YYYY", s)
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or YYYY", s)
		}
		nums[i] = n
	}
	return Date{Year: nums[0], Month: nums[1], Day: nums[2]}, nil
}

// IsZero reports whether no date was given.
func (d Date) IsZero() bool { return d == Date{} }

// IsDraft reports whether only the year is given.
func (d Date) IsDraft() bool { return d.Year != 0 && d.Month == 0 && d.Day == 0 }

// Valid reports whether the date exists in the calendar (a draft's year
// alone is valid).
func (d Date) Valid() bool {
	if d.Year < 1945 || d.Year > 2200 {
		return false
	}
	if d.IsDraft() {
		return true
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day && int(t.Month()) == d.Month
}

// String writes the date as YYYY-MM-DD, or YYYY for a draft.
func (d Date) String() string {
	if d.IsDraft() {
		return fmt.Sprintf("%04d", d.Year)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalText writes the date as String does.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the date as ParseDate does.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DateOf returns the Date of a time.Time, in the time's own zone.
func DateOf(t time.Time) Date { return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()} }
