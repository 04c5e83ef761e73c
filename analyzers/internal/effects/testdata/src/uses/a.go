package uses // want `init calls \[newBox init#1\] values \[\] heap \[\]`

type box struct{ n int }

func (b *box) get() int { return b.n } // want `get calls \[\] values \[\] heap \[\]`

var shared = newBox()

func newBox() *box { return &box{} } // want `newBox calls \[\] values \[\] heap \[box\]`

func init() { helper() } // want `init#1 calls \[helper\] values \[\] heap \[\]`

func helper() {} // want `helper calls \[\] values \[\] heap \[\]`

func spawned() {} // want `spawned calls \[\] values \[\] heap \[\]`

func run(f func()) { f() } // want `run calls \[\] values \[\] heap \[\]`

func caller() func() int { // want `caller calls \[helper helper run newBox\] values \[spawned caller\$1 caller\$2 get\$bound\] heap \[int\]`
	helper()
	defer helper()
	go spawned()
	run(func() {}) // want `caller\$1 calls \[\] values \[\] heap \[\]`
	n := 0
	func() { n++ }() // want `caller\$2 calls \[\] values \[\] heap \[\]`
	_ = n
	return newBox().get
}
