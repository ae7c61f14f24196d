package app

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"testing"
)

func tarball(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeXGlobalHeader, Name: "pax_global_header", PAXRecords: map[string]string{"comment": "abc"}}); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "acme-api-1234567/" + name, Mode: 0o644, Size: int64(len(content))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCacheFromTarball(t *testing.T) {
	good := "CREATE TABLE a (id int);\n"
	archive := tarball(t, map[string]string{
		"prisma/migrations/1_a/migration.sql": good,
		"prisma/migrations/2_b/migration.sql": "content that is not what the listing says\n",
		"README.md":                           "not wanted",
	})
	want := map[string]string{
		"prisma/migrations/1_a/migration.sql": gitBlobSHA([]byte(good)),
		"prisma/migrations/2_b/migration.sql": gitBlobSHA([]byte("the listed content\n")),
	}
	blobs := NewBlobCache(1 << 20)
	n, err := cacheFromTarball(bytes.NewReader(archive), want, blobs)
	if err != nil || n != 1 {
		t.Fatalf("cached %d, %v; want 1 (the other file's content does not match its SHA)", n, err)
	}
	if !blobs.Has(gitBlobSHA([]byte(good))) || blobs.Len() != 1 {
		t.Errorf("cache holds %d blobs", blobs.Len())
	}
	// git's own id of "hello\n"
	if got := gitBlobSHA([]byte("hello\n")); got != "ce013625030ba8dba906f756967f9e9ca394464a" {
		t.Errorf("gitBlobSHA = %s", got)
	}
	if _, err := cacheFromTarball(bytes.NewReader([]byte("not gzip")), want, blobs); err == nil {
		t.Error("a broken archive gives no error")
	}
	if _, err := cacheFromTarball(bytes.NewReader(archive[:len(archive)/2]), map[string]string{"x": "y"}, blobs); err == nil {
		t.Error("a truncated archive gives no error")
	}
}

func FuzzCacheFromTarball(f *testing.F) {
	f.Add(tarball(f, map[string]string{"a/migration.sql": "x"}))
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, data []byte) {
		blobs := NewBlobCache(1 << 20)
		n, _ := cacheFromTarball(bytes.NewReader(data), map[string]string{"a/migration.sql": gitBlobSHA([]byte("x"))}, blobs)
		if n != blobs.Len() || n > 1 {
			t.Fatalf("cached %d, cache holds %d", n, blobs.Len())
		}
	})
}
