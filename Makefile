# grind's tasks. Each is a plain go command; the README gives them too.

.PHONY: build test verify lint bench demo

build:
	go build -o bin/grind ./cmd/grind

# Every test, make verify's included (as judge.TestVerifyBank).
test:
	go test ./...

# Judge every kept submission of every problem and print the table.
verify:
	go run ./cmd/grind verify

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '/testdata/'))" || { gofmt -l $$(git ls-files '*.go' | grep -v '/testdata/'); exit 1; }
	go vet ./...
	GOOS=darwin go vet ./...
	go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

bench:
	go run ./cmd/grindbench

demo:
	go run ./cmd/grind check solutions
