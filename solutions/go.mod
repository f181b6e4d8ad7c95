module solutions

go 1.23
