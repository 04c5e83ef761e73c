// Package cappedlib writes one array in forty places.
package cappedlib

var m [40]int

// Many writes forty elements of m.
func Many() {
	m[0]++
	m[1]++
	m[2]++
	m[3]++
	m[4]++
	m[5]++
	m[6]++
	m[7]++
	m[8]++
	m[9]++
	m[10]++
	m[11]++
	m[12]++
	m[13]++
	m[14]++
	m[15]++
	m[16]++
	m[17]++
	m[18]++
	m[19]++
	m[20]++
	m[21]++
	m[22]++
	m[23]++
	m[24]++
	m[25]++
	m[26]++
	m[27]++
	m[28]++
	m[29]++
	m[30]++
	m[31]++
	m[32]++
	m[33]++
	m[34]++
	m[35]++
	m[36]++
	m[37]++
	m[38]++
	m[39]++
}
