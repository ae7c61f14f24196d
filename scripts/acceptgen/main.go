// Command acceptgen builds migsync's acceptance test data with the real Prisma
// oracle (Prisma 7.10.1's `migrate diff --from-migrations --to-schema
// --script --exit-code`, run offline by ../shared/oracle/oracle.sh):
//
//	go run ./scripts/acceptgen corpus [-verify]  # testdata/corpus/expected.json
//	go run ./scripts/acceptgen cases             # testdata/generated/**
//	go run ./scripts/acceptgen incident          # examples/incident/**
//	go run ./scripts/acceptgen differential      # testdata/generated/differential/**
//
// It is run from the repository root by scripts/regen-corpus.sh and
// scripts/gen-drift-cases.sh; the tests only read what it writes and never
// call the oracle. Environment: ORACLE (path of oracle.sh, default
// ../shared/oracle/oracle.sh), PRISMA_ORACLE_HOME, ORACLE_PG_URL (see the
// oracle's README).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	var err error
	switch cmd {
	case "corpus":
		fs := flag.NewFlagSet("corpus", flag.ExitOnError)
		verify := fs.Bool("verify", false, "re-run the oracle on every unit and compare with the reference files")
		_ = fs.Parse(args)
		err = genCorpus(*verify)
	case "cases":
		fs := flag.NewFlagSet("cases", flag.ExitOnError)
		only := fs.String("only", "", "regenerate only this project (e.g. umami)")
		_ = fs.Parse(args)
		err = genCases(*only)
	case "incident":
		err = genIncident()
	case "differential":
		fs := flag.NewFlagSet("differential", flag.ExitOnError)
		providers := fs.String("providers", "postgresql,sqlite,mysql", "comma-separated providers")
		count := fs.Int("n", 0, "schemas per provider (default: differentialCounts)")
		jobs := fs.Int("j", 2, "oracle calls in parallel")
		force := fs.Bool("force", false, "re-ask the oracle for cases already on disk")
		show := fs.Int("show", -1, "print schema n of the first provider and exit")
		_ = fs.Parse(args)
		ps := strings.Split(*providers, ",")
		if *show >= 0 {
			fmt.Print(generateSchema(ps[0], *show))
			return
		}
		err = genDifferential(ps, *count, *jobs, *force)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "acceptgen:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: acceptgen corpus [-verify] | cases [-only project] | incident | differential [-providers p,q] [-n N] [-j jobs] [-force] [-show n]")
	os.Exit(2)
}
