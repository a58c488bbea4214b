@main
struct FjordMain { static func main() {} }
