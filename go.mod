module github.com/vanthu/vanthu

go 1.26
