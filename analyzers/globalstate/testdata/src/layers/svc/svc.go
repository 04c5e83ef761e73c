// Package svc is the use-case layer: it knows only the repository.
package svc

type Repo interface{ Insert(name string) }

type Service struct{ repo Repo }

func New(repo Repo) *Service { return &Service{repo: repo} }

func (s *Service) Create(name string) error {
	s.repo.Insert(name)
	return nil
}
