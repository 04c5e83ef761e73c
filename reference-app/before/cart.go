package main

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
)

type cartItem struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// carts holds each user's cart, keyed by username.
var (
	cartsMu sync.Mutex
	carts   = map[string][]cartItem{}
)

var validSKU = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

func handleAddToCart(w http.ResponseWriter, r *http.Request) {
	var item cartItem
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<10)).Decode(&item); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON body")
		return
	}
	if !validSKU.MatchString(item.SKU) || item.Quantity < 1 || item.Quantity > 99 {
		writeError(w, http.StatusBadRequest, "sku must match [a-z0-9-]{1,40} and quantity be 1..99")
		return
	}

	user := currentUser(r)
	cartsMu.Lock()
	items := carts[user]
	if i := slices.IndexFunc(items, func(it cartItem) bool { return it.SKU == item.SKU }); i >= 0 {
		items[i].Quantity += item.Quantity
	} else {
		items = append(items, item)
	}
	carts[user] = items
	cartsMu.Unlock()

	writeJSON(w, http.StatusOK, map[string]any{"items": cartOf(user)})
}

func handleListCart(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"items": cartOf(currentUser(r))})
}

// cartOf returns a sorted copy of the user's cart, never nil so that an
// empty cart encodes as [].
func cartOf(user string) []cartItem {
	cartsMu.Lock()
	items := slices.Clone(carts[user])
	cartsMu.Unlock()
	if items == nil {
		items = []cartItem{}
	}
	slices.SortFunc(items, func(a, b cartItem) int { return strings.Compare(a.SKU, b.SKU) })
	return items
}
