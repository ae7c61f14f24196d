package dbcheck

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// The TLS root certificate a database URL names is read when db-check
// connects, so that a missing or unreadable file is named in the error
// (the drivers' own errors kept only "no such file or directory"):
//
//   - sslcert= is Prisma's parameter for both PostgreSQL and MySQL: the
//     server's (root) certificate, a path relative to the schema file's
//     folder, as Prisma resolves it. For PostgreSQL, sslcert= with sslkey=
//     is libpq's client certificate instead, and is left to the driver.
//   - sslrootcert= is libpq's (PostgreSQL): relative to the working
//     folder, as psql reads it; sslrootcert=system is the system's roots.

// rootCertFile returns the root certificate's path, checked to be a
// readable file of PEM certificates.
func (t *Target) rootCertFile() (string, []byte, error) {
	p := t.rootCert
	if t.rootCertParam == "sslcert" && !filepath.IsAbs(p) && t.schemaDir != "" {
		p = filepath.Join(t.schemaDir, filepath.FromSlash(p))
	}
	named := fmt.Sprintf("the TLS root certificate %s (%s= in --database-url)", p, t.rootCertParam)
	data, err := os.ReadFile(p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "", nil, fmt.Errorf("%s cannot be read: %v", named, err)
	}
	if !x509.NewCertPool().AppendCertsFromPEM(data) {
		return "", nil, fmt.Errorf("%s holds no PEM certificate", named)
	}
	return p, data, nil
}

// mysqlTLS is the MySQL driver's TLS configuration for the URL's sslcert=:
// the server's certificate must chain to it (sslaccept=accept_invalid_certs
// turns verification off, as in Prisma).
func (t *Target) mysqlTLS() (*tls.Config, error) {
	_, pem, err := t.rootCertFile()
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return &tls.Config{RootCAs: pool, ServerName: t.Host, MinVersion: tls.VersionTLS12,
		InsecureSkipVerify: t.my.TLSConfig == "skip-verify"}, nil //nolint:gosec // only when the URL asks for it
}
