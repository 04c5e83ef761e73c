// Package binds mirrors a scripting binding that exposes the helper as
// is: the function literal hands the claims back to scripts whose calls
// the analyzer cannot follow.
package binds

import "peek_helper/security"

type object map[string]any

func (o object) Set(name string, v any) { o[name] = v }

func bind(obj object) {
	obj.Set("parseUnverifiedJWT", func(token string) (map[string]any, error) {
		return security.ParseUnverifiedJWT(token)
	})
	// A literal that decides on the claims itself is still reported.
	obj.Set("isAdmin", func(token string) bool {
		claims, _ := security.ParseUnverifiedJWT(token) // want `jwt read by ParseUnverifiedJWT`
		return claims["role"] == "admin"
	})
}
