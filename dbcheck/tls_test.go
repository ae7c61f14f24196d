package dbcheck

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestConnectTimeoutFromURL (issue 13, smaller defects): the URL's
// connect_timeout (seconds, as Prisma reads it; timeout= in a Go MySQL DSN)
// bounds connecting when no limit is given, and the error says how long it
// waited. Against a server that accepts and never answers.
func TestConnectTimeoutFromURL(t *testing.T) {
	port := silentServer(t)
	for url, dir := range map[string]string{
		fmt.Sprintf("postgresql://app:Pw-123456@127.0.0.1:%d/prod?sslmode=disable&connect_timeout=1", port): umamiDir,
		fmt.Sprintf("mysql://app:Pw-123456@127.0.0.1:%d/prod?connect_timeout=1", port):                      taxonomyDir,
		fmt.Sprintf("app:Pw-123456@tcp(127.0.0.1:%d)/prod?timeout=1s", port):                                taxonomyDir,
	} {
		_, err := Run(context.Background(), Options{DatabaseURL: url, Dir: dir})
		var ce *ConnError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), "timed out after 1s (connect_timeout=") {
			t.Errorf("%s: want a timeout after 1s, got %v", url[:12], err)
		}
	}
	if _, err := ParseURL("postgresql://app@db/prod?connect_timeout=soon"); err == nil || !strings.Contains(err.Error(), `connect_timeout="soon"`) {
		t.Errorf("a bad connect_timeout: %v", err)
	}
}

// silentServer accepts connections and never answers; it returns its port.
func silentServer(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu   sync.Mutex
		held []net.Conn
	)
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range held {
			c.Close()
		}
	})
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c)
			mu.Unlock()
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}

// TestRootCertificateNamed (issue 13, smaller defects): a TLS root
// certificate that cannot be read, or holds no certificate, is named with
// the parameter that names it, before connecting. Prisma's sslcert= is
// relative to the schema's folder; libpq's sslrootcert= to the working one.
func TestRootCertificateNamed(t *testing.T) {
	notPEM := filepath.Join(t.TempDir(), "ca.txt")
	if err := os.WriteFile(notPEM, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ url, dir, want string }{
		{"postgresql://app@127.0.0.1:1/prod?sslmode=verify-full&sslrootcert=/nonexistent/root.pem", umamiDir,
			"the TLS root certificate /nonexistent/root.pem (sslrootcert= in --database-url) cannot be read: no such file or directory"},
		{"postgresql://app@127.0.0.1:1/prod?sslmode=require&sslcert=certs/server-ca.pem", umamiDir,
			"the TLS root certificate " + filepath.Join(umamiDir, "prisma", "certs", "server-ca.pem") + " (sslcert= in --database-url) cannot be read: no such file or directory"},
		{"mysql://app@127.0.0.1:1/prod?sslcert=../certs/ca.pem&sslaccept=strict", taxonomyDir,
			"the TLS root certificate " + filepath.Join(taxonomyDir, "certs", "ca.pem") + " (sslcert= in --database-url) cannot be read: no such file or directory"},
		{"mysql://app@127.0.0.1:1/prod?sslcert=" + notPEM, taxonomyDir,
			"the TLS root certificate " + notPEM + " (sslcert= in --database-url) holds no PEM certificate"},
	} {
		_, err := Run(context.Background(), Options{DatabaseURL: c.url, Dir: c.dir})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s:\n got %v\nwant …%s", c.url, err, c.want)
		}
	}
}

// TestRootCertificateUsed: a readable root certificate reaches each
// driver's TLS configuration as its only root.
func TestRootCertificateUsed(t *testing.T) {
	ca := writeCA(t)
	pg, err := ParseURL("postgresql://app@db.internal/prod?sslmode=verify-full&sslcert=" + ca)
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := pg.rootCertFile()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := pg.pgConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.TLSConfig == nil || cfg.TLSConfig.RootCAs == nil || !cfg.TLSConfig.RootCAs.Equal(poolOf(t, ca)) {
		t.Errorf("PostgreSQL TLS roots: %+v", cfg.TLSConfig)
	}
	my, err := ParseURL("mysql://app@db.internal/shop?sslcert=" + ca)
	if err != nil {
		t.Fatal(err)
	}
	tc, err := my.mysqlTLS()
	if err != nil {
		t.Fatal(err)
	}
	if !tc.RootCAs.Equal(poolOf(t, ca)) || tc.ServerName != "db.internal" || tc.InsecureSkipVerify {
		t.Errorf("MySQL TLS: %+v", tc)
	}
}

func poolOf(t *testing.T, file string) *x509.CertPool {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p := x509.NewCertPool()
	p.AppendCertsFromPEM(b)
	return p
}

// writeCA writes a self-signed CA certificate (PEM) and returns its path.
func writeCA(t *testing.T) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "migsync test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
