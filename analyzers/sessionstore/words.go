package sessionstore

// defaultSessionWords mark a Redis key as session state when its
// expression, or the function writing it, contains one of them as a word.
const defaultSessionWords = "session,sessions,sess,sid,token,tokens,csrf,xsrf"
