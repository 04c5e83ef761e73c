// Package identity carries the authenticated user through a request's
// context, whichever way they authenticated (session cookie or API token).
package identity

import "context"

type key struct{}

// With returns a context that carries user.
func With(ctx context.Context, user string) context.Context {
	return context.WithValue(ctx, key{}, user)
}

// User returns the user carried by ctx, or "" for an anonymous request.
func User(ctx context.Context) string {
	u, _ := ctx.Value(key{}).(string)
	return u
}
