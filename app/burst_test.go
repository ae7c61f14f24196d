package app

import (
	"bytes"
	"math/rand/v2"
	"net/http"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/migsync/migsync/internal/fakegithub"
)

// Issue 13, acceptance 8 (second half), at its size: a burst of 500
// deliveries, 100 distinct ones each sent five times, posted concurrently
// in random order while the workers are busy. The queue has room for the
// 100 (queue_size 100 plus the workers), so none is refused: duplicates are
// collapsed before they take a place, even when they race each other.
func TestE2EBurstOf500WithDuplicates(t *testing.T) {
	started, release := make(chan struct{}, 200), make(chan struct{})
	e := newEnv(t, blockingAnalyzer(2, 100, started, release))
	e.openIncidentPR()
	payload := e.gh.Payload("pull_request", "opened", nil)
	sig := fakegithub.Sign(payload, secret)
	const distinct, copies = 100, 5
	var ids []string
	for i := 0; i < distinct; i++ {
		id := newID()
		for c := 0; c < copies; c++ {
			ids = append(ids, id)
		}
	}
	rand.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	jobs := make(chan string)
	codes := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 50; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				req, _ := http.NewRequest(http.MethodPost, e.url, bytes.NewReader(payload))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-GitHub-Event", "pull_request")
				req.Header.Set("X-GitHub-Delivery", id)
				req.Header.Set("X-Hub-Signature-256", sig)
				code := 0
				if resp, err := http.DefaultClient.Do(req); err == nil {
					code = resp.StatusCode
					resp.Body.Close()
				}
				mu.Lock()
				codes[code]++
				mu.Unlock()
			}
		}()
	}
	for _, id := range ids {
		jobs <- id
	}
	close(jobs)
	wg.Wait()
	accepted := counterValue(e.srv.metrics.Events.WithLabelValues("pull_request"))
	duplicates := counterValue(e.srv.metrics.Rejected.WithLabelValues("duplicate"))
	full := counterValue(e.srv.metrics.Rejected.WithLabelValues("queue_full"))
	t.Logf("answers %v; accepted %v, duplicates %v, refused for a full queue %v", codes, accepted, duplicates, full)
	if codes[http.StatusOK] != distinct*copies || accepted != distinct || duplicates != distinct*(copies-1) || full != 0 {
		t.Errorf("answers %v, accepted %v, duplicates %v, queue full %v; want 500 × 200, 100 accepted, 400 duplicates, none refused",
			codes, accepted, duplicates, full)
	}
	close(release)
	e.waitIdle()
}

// counterValue reads a Prometheus counter.
func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	_ = c.Write(&m)
	return m.GetCounter().GetValue()
}
