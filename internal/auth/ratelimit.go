package auth

import (
	"sync"
	"time"
)

// Limiter allows a number of events per key within a sliding window, for
// sign-in attempts and public forms. It is per process: with several
// instances each keeps its own count, which still bounds guessing.
type Limiter struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	hits   map[string][]time.Time
	now    func() time.Time
	sweep  time.Time
}

// NewLimiter allows max events per key within window.
func NewLimiter(max int, window time.Duration) *Limiter {
	return &Limiter{max: max, window: window, hits: map[string][]time.Time{}, now: time.Now}
}

// Allow records an event for key and reports whether it is within the
// limit. When it is not, it also returns how long until the next is allowed.
func (l *Limiter) Allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.sweep) > l.window {
		l.sweepLocked(now)
	}
	recent := l.recentLocked(key, now)
	if len(recent) >= l.max {
		l.hits[key] = recent
		return false, recent[0].Add(l.window).Sub(now)
	}
	l.hits[key] = append(recent, now)
	return true, 0
}

// Reset forgets the events of key, e.g. after a successful sign-in.
func (l *Limiter) Reset(key string) {
	l.mu.Lock()
	delete(l.hits, key)
	l.mu.Unlock()
}

func (l *Limiter) recentLocked(key string, now time.Time) []time.Time {
	ts := l.hits[key]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) >= l.window {
		i++
	}
	return ts[i:]
}

// sweepLocked drops keys without recent events so that memory stays
// bounded by the number of active keys.
func (l *Limiter) sweepLocked(now time.Time) {
	for k := range l.hits {
		if len(l.recentLocked(k, now)) == 0 {
			delete(l.hits, k)
		}
	}
	l.sweep = now
}
