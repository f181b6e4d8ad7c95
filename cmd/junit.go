package cmd

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/problems"
)

type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Time     float64     `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      float64       `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// writeJUnit writes the reports as JUnit XML, one test case per problem, for
// CI systems that show test results.
func writeJUnit(path string, reports []*judge.Report, cat *problems.Catalogue) error {
	suite := junitSuite{Name: "grind"}
	for _, rep := range reports {
		topic := "problems"
		if p, err := cat.Problem(rep.Problem); err == nil {
			topic = p.Topic
		}
		secs := float64(rep.BuildMS+rep.RunMS) / 1000
		c := junitCase{Name: rep.Problem, Classname: "grind." + topic, Time: secs}
		if failed(rep) {
			var b strings.Builder
			renderReport(&b, palette{}, rep, false)
			msg := rep.Verdict.Words()
			if rep.FailedCase != nil {
				msg += fmt.Sprintf(" on %s %q", kindWords(rep.FailedCase.Kind), rep.FailedCase.Name)
			}
			if rep.StrictFail {
				msg = "grows faster than the expected complexity"
			}
			c.Failure = &junitFailure{Message: msg, Type: rep.Verdict.String(), Text: b.String()}
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, c)
		suite.Tests++
		suite.Time += secs
	}
	data, err := xml.MarshalIndent(junitSuites{Suites: []junitSuite{suite}}, "", "  ")
	if err != nil {
		return err
	}
	data = append([]byte(xml.Header), append(data, '\n')...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return writeError(path, err)
	}
	return nil
}
