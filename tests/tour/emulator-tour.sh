#!/usr/bin/env bash
# An independent check of the emulator: drives a running bc-emulator with curl only (no project
# code) through a representative tour of the API and compares the answers with expectations
# written from the API reference (shared/docs/tiktok-api-v1.3.md), not from the emulator's code.
#
#   tests/tour/emulator-tour.sh PATH/TO/bc-emulator
#
# Prints one line per check and a closing "N passed, N failed" line; exits 1 on any failure.
set -uo pipefail

emulator=${1:?usage: emulator-tour.sh PATH/TO/bc-emulator}
token=fake-tour-token
app_id=7000000000000009999
secret=fake-tour-secret
work=$(mktemp -d)
pids=()
passed=0
failed=0

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

check() { # check NAME CONDITION-EXIT-STATUS
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1)); echo "ok   $1"
  else
    failed=$((failed + 1)); echo "FAIL $1"
    [ -n "${last:-}" ] && echo "     last answer: $(head -c 400 "$last")"
  fi
}

# start NAME ARGS...: starts an emulator and sets ${NAME} to its API root.
start() {
  local name=$1; shift
  "$emulator" --port 0 --token "$token" --app-id "$app_id" --secret "$secret" "$@" \
    > "$work/$name.out" 2> "$work/$name.err" &
  pids+=($!)
  for _ in $(seq 1 100); do
    if [ -s "$work/$name.out" ]; then break; fi
    sleep 0.05
  done
  local line
  line=$(head -n 1 "$work/$name.out")
  [[ "$line" =~ ^listening\ on\ (http://127\.0\.0\.1:[0-9]+/open_api/)$ ]] || {
    echo "FAIL $name did not start: $line $(cat "$work/$name.err")"; exit 1; }
  printf -v "$name" '%s' "${BASH_REMATCH[1]}"
}

n=0
# get URL [curl args...]: GET with the token; the body lands in $last, the status in $status.
get() {
  n=$((n + 1)); last="$work/answer.$n"
  status=$(curl -sS -o "$last" -w '%{http_code}' -H "Access-Token: $token" "$@")
}
post() { # post URL JSON
  n=$((n + 1)); last="$work/answer.$n"
  status=$(curl -sS -o "$last" -w '%{http_code}' -H "Access-Token: $token" \
    -H 'Content-Type: application/json' --data "$2" "$1")
}
jqt() { jq -e "$@" "$last" > /dev/null 2>&1; } # jqt FILTER: true when FILTER yields true
code_is() { [ "$status" = 200 ] && jqt ".code == $1 and (.request_id | type == \"string\" and length > 0)"; }
enc() { jq -rn --arg v "$1" '$v|@uri'; }

start api --size small --seed 3 --qps 50
v="${api}v1.3"

# --- envelope, auth and routing (reference §1.2, §1.4, §1.6)
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' "$v/bc/get/")
code_is 40104; check "no Access-Token header → 40104 in an HTTP 200 envelope" $?
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' -H 'Access-Token: fake-wrong' "$v/bc/get/")
code_is 40105; check "a wrong token → 40105" $?
get "$v/bc/no_such_endpoint/"; code_is 40400; check "unknown path → 40400" $?
get "$v/bc/get/?page_size=51"; code_is 40002; check "page_size above 50 → 40002" $?
get "$v/bc/get/?page=0"; code_is 40002; check "page 0 → 40002" $?
get "$v/bc/get/?filtering=keyword"; code_is 40002; check "filtering that is not JSON → 40002" $?

# --- /bc/get/ (§3.1): nested items, page_info, digit-exact ids
get "$v/bc/get/?page=1&page_size=1"
code_is 0 && jqt '.message == "OK"' && jqt '.data.list | length == 1' \
  && jqt '.data.page_info.page_size == 1 and .data.page_info.total_page == .data.page_info.total_number' \
  && jqt '.data.list[0].bc_info.name | type == "string"' \
  && jqt '.data.list[0].user_role | IN("ADMIN", "STANDARD")'
check "bc/get/ pages one BC at a time with a consistent page_info" $?
get "$v/bc/get/?page_size=50"
bc_count=$(jq '.data.page_info.total_number' "$last")
grep -Eq '"bc_id": ?"?7[0-9]{18}"?' "$last"; check "bc/get/ ids are 19 digits (string or number)" $?
# Pick a BC where the token's user is an admin with a finance role, for the writes below.
bc=$(jq -r '[.data.list[] | select(.user_role == "ADMIN" and .ext_user_role.finance_role != null)][0].bc_info.bc_id | tostring' "$last")
[[ "$bc" =~ ^7[0-9]{18}$ ]]; check "an admin BC with a finance role exists in the small world ($bc of $bc_count)" $?
get "$v/bc/get/?page=99&page_size=50"
code_is 0 && jqt '.data.list | length == 0' && jqt ".data.page_info.total_number == $bc_count"
check "a page past the end is empty with the same totals" $?
get "$v/bc/get/?filtering=$(enc '{"keyword":"Acme"}')"
code_is 0 && jqt '[.data.list[].bc_info.name | test("Acme"; "i")] | all'
check "filtering.keyword as URL-encoded JSON narrows the list" $?

# --- members (§3.16): an invite creates a PENDING member
email="tour.$RANDOM@example.invalid"
post "$v/bc/member/invite/" "{\"bc_id\":\"$bc\",\"emails\":[\"$email\"],\"user_role\":\"STANDARD\"}"
code_is 0; check "bc/member/invite/ accepts an invitation" $?
get "$v/bc/member/get/?bc_id=$bc&page_size=20&filtering=$(enc '{"relation_status":"PENDING"}')"
code_is 0 && jqt --arg e "$email" '[.data.list[] | select(.user_email == $e and .relation_status == "PENDING")] | length == 1'
check "the invited e-mail is listed as PENDING" $?
emails=$(jq -cn '[range(51) | "many\(.)@example.invalid"]')
post "$v/bc/member/invite/" "{\"bc_id\":\"$bc\",\"emails\":$emails}"
code_is 40002; check "more than 50 e-mails in one invite → 40002" $?

# --- ad accounts (§3.14) and balances (§3.2, §4.2)
get "$v/bc/asset/get/?bc_id=$bc&asset_type=ADVERTISER&page_size=50"
code_is 0 && jqt '.data.list | length > 0' && jqt '[.data.list[].asset_type] | all(. == "ADVERTISER")'
check "bc/asset/get/ lists the BC's ad accounts" $?
advertiser=$(jq -r '.data.list[0].asset_id | tostring' "$last")
get "$v/bc/asset/get/?bc_id=$bc&asset_type=PLANET"; code_is 40002; check "an unknown asset_type → 40002" $?
get "$v/bc/balance/get/?bc_id=$bc"
code_is 0 && jqt '(.data.account_balance * 100 | round) == ((.data.valid_account_balance + .data.frozen_balance + .data.tax) * 100 | round)'
check "BC balance: account_balance = valid + frozen + tax" $?
bc_cash_before=$(jq '.data.cash_balance' "$last")

# --- a transfer moves money (§3.13)
post "$v/bc/transfer/" "{\"bc_id\":\"$bc\",\"advertiser_id\":\"$advertiser\",\"transfer_type\":\"RECHARGE\",\"cash_amount\":12.34}"
code_is 0; check "bc/transfer/ RECHARGE 12.34 to an ad account" $?
get "$v/bc/balance/get/?bc_id=$bc"
jq -e --argjson before "$bc_cash_before" '((($before - .data.cash_balance) * 100) | round) == 1234' "$last" > /dev/null
check "the BC's cash balance went down by exactly 12.34" $?
post "$v/bc/transfer/" "{\"bc_id\":\"$bc\",\"advertiser_id\":\"$advertiser\",\"transfer_type\":\"SIDEWAYS\",\"cash_amount\":1}"
code_is 40002; check "an unknown transfer_type → 40002" $?

# --- invoices (§3.19): list, download a PDF, the envelope on error
get "$v/bc/invoice/get/?bc_id=$bc&invoice_types=$(enc '["RECON","CREDIT","AUTO_PAY"]')&page_size=20"
code_is 0 && jqt '.data.list | length > 0'; check "bc/invoice/get/ lists invoices" $?
invoice=$(jq -r '.data.list[0].invoice_id | tostring' "$last")
n=$((n + 1)); last="$work/answer.$n"
type=$(curl -sS -o "$last" -w '%{content_type}' -H "Access-Token: $token" \
  "$v/bc/invoice/download/?bc_id=$bc&invoice_id=$invoice")
[[ "$type" == application/pdf* ]] && [ "$(head -c 5 "$last")" = "%PDF-" ] && tail -c 64 "$last" | grep -q '%%EOF'
check "bc/invoice/download/ sends a whole PDF as application/pdf" $?
n=$((n + 1)); last="$work/answer.$n"
type=$(curl -sS -o "$last" -w '%{content_type}' -H "Access-Token: $token" \
  "$v/bc/invoice/download/?bc_id=$bc&invoice_id=7000000000000000000")
[[ "$type" == application/json* ]] && jqt '.code != 0'
check "downloading an unknown invoice answers the JSON envelope with an error" $?

# --- OAuth (§2): consent page, single-use auth code, token, revocation
n=$((n + 1)); last="$work/answer.$n"
location=$(curl -sS -o /dev/null -w '%{redirect_url}' \
  "${api%open_api/}portal/auth?app_id=$app_id&state=tour-state&redirect_uri=$(enc 'http://127.0.0.1:9/callback')")
[[ "$location" == http://127.0.0.1:9/callback?* ]] && [[ "$location" == *state=tour-state* ]] \
  && [[ "$location" == *auth_code=* ]]
check "the consent page redirects with auth_code and the state" $?
auth_code=$(sed -E 's/.*[?&]auth_code=([^&]+).*/\1/' <<< "$location")
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data "{\"app_id\":\"$app_id\",\"secret\":\"$secret\",\"auth_code\":\"$auth_code\"}" "$v/oauth2/access_token/")
code_is 0 && jqt '.data.access_token | type == "string" and length > 0'
check "oauth2/access_token/ exchanges the code for a token" $?
new_token=$(jq -r '.data.access_token' "$last")
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data "{\"app_id\":\"$app_id\",\"secret\":\"$secret\",\"auth_code\":\"$auth_code\"}" "$v/oauth2/access_token/")
code_is 40110; check "the same auth code a second time → 40110" $?
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' -H "Access-Token: $new_token" "$v/bc/get/")
code_is 0; check "the new token reads bc/get/" $?
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data "{\"app_id\":\"$app_id\",\"secret\":\"$secret\",\"access_token\":\"$new_token\"}" "$v/oauth2/revoke_token/")
code_is 0; check "oauth2/revoke_token/ revokes it" $?
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' -H "Access-Token: $new_token" "$v/bc/get/")
code_is 40105; check "a revoked token → 40105" $?

# --- statistics
n=$((n + 1)); last="$work/answer.$n"
curl -sS -o "$last" "${api%open_api/}__emulator/stats"
jqt '.. | numbers' ; check "/__emulator/stats answers JSON without a token" $?

# --- rate limit (§1.7): over the app's QPS → 40100
start slow --size small --qps 2
throttled=0
for i in 1 2 3 4 5 6; do
  n=$((n + 1)); last="$work/answer.$n"
  curl -sS -o "$last" -H "Access-Token: $token" "${slow}v1.3/bc/get/"
  jqt '.code == 40100' && throttled=$((throttled + 1))
done
[ "$throttled" -ge 1 ]; check "6 quick requests at --qps 2 → at least one 40100 ($throttled)" $?

# --- sandbox (§1.8): 40009 for what the sandbox lacks
start sandbox --size small --sandbox
n=$((n + 1)); last="$work/answer.$n"
status=$(curl -sS -o "$last" -w '%{http_code}' -H "Access-Token: $token" \
  "${sandbox}v1.3/oauth2/advertiser/get/?app_id=$app_id&secret=$secret")
code_is 40009; check "sandbox: oauth2/advertiser/get/ → 40009" $?

echo "tour: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
