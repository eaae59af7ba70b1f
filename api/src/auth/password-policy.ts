/** Shorter passwords are refused (NIST SP 800-63B asks for at least 8; staff accounts get 10). */
export const MIN_PASSWORD_LENGTH = 10

// The most used passwords of the big leaked lists (CSDN 2011 and the usual world-wide top lists),
// compared lower-cased and with spaces removed. Short entries are there for the length rule's sake.
const COMMON = new Set(
  `123456789 1234567890 0123456789 12345678 87654321 11111111 111111111 1111111111 00000000
  000000000 0000000000 88888888 888888888 8888888888 66666666 666666666 6666666666 99999999
  12344321 123123123 1234512345 123456123456 147258369 123456789a a123456789 abc123456 abcd1234
  abcd123456 qwerty123 qwertyuiop qwe123456 1qaz2wsx 1qaz2wsx3edc zaq12wsx password password1
  password123 passw0rd p@ssw0rd p@ssword admin123 admin12345 administrator root123456 iloveyou
  iloveyou1 woaini1314 woaini520 5201314520 1314520520 letmein123 welcome123 changeme changeme123
  sunshine princess football baseball dragon123 monkey123 superman trustno1 zhejiang hangzhou
  zhejiang123 hangzhou123 qq123456789 asdfghjkl asdf1234 1q2w3e4r 1q2w3e4r5t aa123456789
  computer internet 12qwaszx q1w2e3r4 q1w2e3r4t5 demo12345 test123456 testtest 1234qwer`.split(/\s+/),
)

export type PasswordProblem = 'too_short' | 'common' | 'contains_username' | 'one_character'

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short'
  const plain = password.toLowerCase().replace(/\s+/g, '')
  if (COMMON.has(plain)) return 'common'
  if (new Set(plain).size <= 2) return 'one_character'
  if (username.length >= 3 && plain.includes(username.toLowerCase())) return 'contains_username'
  return null
}
