package jwtclaims

// defaultSecretWords names what must never travel in a token: a JWT is
// only signed, so anyone holding it reads every claim.
const defaultSecretWords = "password,passwd,pwd,secret,private key,priv key,privkey,credit card,card number,cvv,ssn"
