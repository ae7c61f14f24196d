package app

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the server's Prometheus metrics, served at GET /api/metrics.
type Metrics struct {
	Registry *prometheus.Registry

	Events         *prometheus.CounterVec // webhook deliveries accepted, by event
	Rejected       *prometheus.CounterVec // deliveries refused, by reason
	Checks         *prometheus.CounterVec // completed checks, by conclusion
	CheckDuration  prometheus.Histogram   // seconds per check
	CheckAPICalls  prometheus.Histogram   // GitHub API requests per check
	APIRequests    *prometheus.CounterVec // GitHub API requests, by method and status class
	APIRetries     *prometheus.CounterVec // retried GitHub requests, by reason
	RateRemaining  *prometheus.GaugeVec   // X-RateLimit-Remaining, by installation
	QueueDepth     prometheus.GaugeFunc   // events waiting for a worker
	InFlight       prometheus.Gauge       // events queued or being handled
	BlobCacheBytes prometheus.GaugeFunc   // bytes held by the blob cache
	BlobCache      *prometheus.CounterVec // blob cache lookups, by result
	Reviews        *prometheus.CounterVec // review comment operations, by kind
	Completions    *prometheus.CounterVec // check run completions retried in the background, by outcome
}

// NewMetrics registers migsync's metrics (and the Go and process
// collectors). queueDepth and blobBytes are read at scrape time.
func NewMetrics(queueDepth, blobBytes func() float64) *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{
		Registry: r,
		Events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_webhook_events_total", Help: "Webhook deliveries accepted for processing, by event.",
		}, []string{"event"}),
		Rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_webhook_rejected_total", Help: "Webhook deliveries refused, by reason (signature, malformed, too_large, busy, duplicate, queue_full).",
		}, []string{"reason"}),
		Checks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_checks_total", Help: "Completed checks, by conclusion (success, failure, neutral, error).",
		}, []string{"conclusion"}),
		CheckDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "migsync_check_duration_seconds", Help: "Wall time of one check, from start to completed check run.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 14),
		}),
		CheckAPICalls: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "migsync_check_github_api_calls", Help: "GitHub API requests made by one check.",
			Buckets: []float64{1, 2, 4, 6, 8, 12, 16, 24, 32, 64, 128},
		}),
		APIRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_github_api_requests_total", Help: "GitHub API requests, by method and status class (2xx, 4xx, 5xx, error).",
		}, []string{"method", "status"}),
		APIRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_github_api_retries_total", Help: "GitHub API requests retried, by reason (5xx, network, secondary_rate_limit).",
		}, []string{"reason"}),
		RateRemaining: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "migsync_github_rate_limit_remaining", Help: "Requests left in the current GitHub rate limit window (X-RateLimit-Remaining), by installation.",
		}, []string{"installation"}),
		QueueDepth: prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "migsync_queue_depth", Help: "Webhook events waiting for a worker.",
		}, queueDepth),
		InFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "migsync_events_in_flight", Help: "Webhook events queued or being handled.",
		}),
		BlobCacheBytes: prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "migsync_blob_cache_bytes", Help: "Bytes of file contents held by the blob cache.",
		}, blobBytes),
		BlobCache: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_blob_cache_lookups_total", Help: "Blob cache lookups, by result (hit, miss).",
		}, []string{"result"}),
		Reviews: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_review_comments_total", Help: "Review comment operations, by kind (created, deleted, resolved).",
		}, []string{"kind"}),
		Completions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "migsync_check_run_completions_deferred_total", Help: "Check run completions GitHub refused, retried in the background, by outcome (deferred, completed, given_up).",
		}, []string{"outcome"}),
	}
	r.MustRegister(m.Completions, m.Events, m.Rejected, m.Checks, m.CheckDuration, m.CheckAPICalls, m.APIRequests,
		m.APIRetries, m.RateRemaining, m.QueueDepth, m.InFlight, m.BlobCacheBytes, m.BlobCache, m.Reviews,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}
