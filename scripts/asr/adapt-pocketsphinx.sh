#!/usr/bin/env bash
# Rebuilds models/pocketsphinx/{tts16k,tts8k}: Debian's pocketsphinx en-us acoustic model, MAP-adapted
# (CMUSphinx's "adapting the default acoustic model" procedure) to espeak-ng's synthetic voice, once
# as 16 kHz audio (voicemail files) and once as 8 kHz µ-law telephone audio upsampled to 16 kHz
# (Twilio Media Streams). Only the means, variances and transition matrices change; the recogniser
# still loads mdef, sendump, feat.params and the dictionary from Debian's package.
#
# Prompts: sentences of the call and SMS corpus (../shared/corpus), spoken by espeak-ng at several
# speeds. None of the prompts is stored; only the adapted parameters are.
#
# Needs (Debian): pocketsphinx pocketsphinx-en-us sphinxtrain sphinxbase-utils espeak-ng ffmpeg python3.
# Usage: scripts/asr/adapt-pocketsphinx.sh [CORPUS_DIR]   (about 2 minutes on 2 cores)
set -euo pipefail
trap 'echo "failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/../.."
CORPUS=${1:-../shared/corpus}
MODEL=/usr/share/pocketsphinx/model/en-us
ST=/usr/lib/sphinxtrain
W=$(mktemp -d /tmp/ps-adapt.XXXXXX); trap 'rm -rf "$W"' EXIT
for t in espeak-ng ffmpeg sphinx_fe pocketsphinx_mdef_convert python3 "$ST/bw" "$ST/map_adapt" "$ST/mk_flat"; do command -v "$t" >/dev/null || { echo "missing: $t"; exit 1; }; done

# 360 prompts: corpus sentences of 5–18 words, all in the pronouncing dictionary, no digits.
python3 - "$CORPUS" "$MODEL/cmudict-en-us.dict" "$W" <<'PY'
import json, re, glob, random, sys
corpus, dic, out = sys.argv[1:4]
vocab = {re.sub(r'\(\d+\)$', '', l.split(' ', 1)[0]) for l in open(dic, encoding='utf-8')}
files = sorted(glob.glob(corpus + '/call/*.jsonl')) + [corpus + '/sms/uci-sms-spam-collection.jsonl', corpus + '/sms/smishtank-2022-2023.jsonl']
sents = set()
for f in files:
    for line in open(f, encoding='utf-8'):
        for s in re.split(r'[.!?\n]+', json.loads(line)['text']):
            if re.search(r'\d', s): continue
            ws = [w.strip("'").lower() for w in re.findall(r"[A-Za-z']+", s)]
            ws = [w for w in ws if w]
            if 5 <= len(ws) <= 18 and all(w in vocab for w in ws): sents.add(' '.join(ws))
random.seed(7); sents = sorted(sents); random.shuffle(sents)
with open(out + '/ids', 'w') as ids, open(out + '/trans', 'w') as tr, open(out + '/prompts', 'w') as pr:
    for i, s in enumerate(sents[:360]):
        n = 'u%03d' % i
        ids.write(n + '\n'); tr.write('<s> %s </s> (%s)\n' % (s, n)); pr.write('%s\t%d\t%s\n' % (n, random.choice([130, 140, 145, 150, 160, 170]), s))
PY
mkdir -p "$W/16k" "$W/8k"
while IFS=$'\t' read -r n speed text; do
  espeak-ng -v en-us -s "$speed" -w "$W/$n.wav" "$text"
  ffmpeg -nostdin -loglevel error -y -i "$W/$n.wav" -ac 1 -af aresample=resampler=soxr -ar 16000 -c:a pcm_s16le "$W/16k/$n.wav"
  ffmpeg -nostdin -loglevel error -y -i "$W/$n.wav" -ac 1 -af aresample=resampler=soxr -ar 8000 -f mulaw - | ffmpeg -loglevel error -y -f mulaw -ar 8000 -ac 1 -i - -af aresample=resampler=soxr -ar 16000 -c:a pcm_s16le "$W/8k/$n.wav"
done < "$W/prompts"

cp -r "$MODEL/en-us" "$W/base"
pocketsphinx_mdef_convert -text "$MODEL/en-us/mdef" "$W/base/mdef.txt" >/dev/null 2>&1
# bw needs mixture weights; the PTM model ships them only quantised (sendump), so flat ones stand
# in for the alignment. The adapted model keeps Debian's sendump.
printf '0.1\n4\n1.0 1.0 0.0 0.0\n0.0 1.0 1.0 0.0\n0.0 0.0 1.0 1.0\n' > "$W/topo"
"$ST/mk_flat" -moddeffn "$W/base/mdef.txt" -topo "$W/topo" -mixwfn "$W/base/mixture_weights" -tmatfn "$W/tmat.flat" -nstream 3 -ndensity 128 >/dev/null 2>&1
for band in 16k 8k; do
  D=$W/$band
  sphinx_fe -argfile "$W/base/feat.params" -samprate 16000 -c "$W/ids" -di "$D" -do "$D" -ei wav -eo mfc -mswav yes >/dev/null 2>&1
  "$ST/bw" -hmmdir "$W/base" -moddeffn "$W/base/mdef.txt" -ts2cbfn .ptm. -feat 1s_c_d_dd -svspec 0-12/13-25/26-38 -cmn batch -agc none \
    -dictfn "$MODEL/cmudict-en-us.dict" -ctlfn "$W/ids" -lsnfn "$W/trans" -accumdir "$D" -cepdir "$D" >"$D/bw.log" 2>&1
  OUT=models/pocketsphinx/tts$band; mkdir -p "$OUT"
  "$ST/map_adapt" -moddeffn "$W/base/mdef.txt" -ts2cbfn .ptm. -meanfn "$W/base/means" -varfn "$W/base/variances" -mixwfn "$W/base/mixture_weights" \
    -tmatfn "$W/base/transition_matrices" -accumdir "$D" -mapmeanfn "$OUT/means" -mapvarfn "$OUT/variances" -mapmixwfn "$D/mixw.unused" \
    -maptmatfn "$OUT/transition_matrices" >"$D/map.log" 2>&1
  echo "wrote $OUT ($(du -sh "$OUT" | cut -f1))"
done
