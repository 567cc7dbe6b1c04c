import random, json, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
Q = ['', '', '', '?', '~', '%']
def year():
    r = random.random()
    if r < 0.5:
        y = random.choice(['1958','2020','0000','0001','-0044','9999','-9999','1900','2000','-0001','0100','-0000','1999','2019'])
    else:
        y = ('-' if random.random()<0.2 else '') + ''.join(random.choice('0123456789') for _ in range(4))
    r = random.random()
    if r < 0.35:
        k = random.choice([1,2,3,4])
        sign = '-' if y.startswith('-') else ''
        d = y.lstrip('-')
        if random.random() < 0.8:
            d = d[:4-k] + 'X'*k
        else:
            i = random.randrange(4); d = d[:i] + 'X' + d[i+1:]
        y = sign + d
    return y
def two(lo, hi):
    r = random.random()
    if r < 0.15: return 'XX'
    if r < 0.2: return random.choice(['1X','X1','0X','X2','3X','2X'])
    return '%02d' % random.randint(lo, hi)
def date():
    s = random.choice(['',q()]) if random.random()<0.1 else ''
    s += year()
    if random.random()<0.05: s += q()
    r = random.random()
    if r < 0.65:
        s += '-' + two(0, 45)
        if random.random()<0.05: s += q()
        if random.random() < 0.55:
            s += '-' + two(0, 33)
    s += random.choice(Q)
    if random.random()<0.05: s += 'T' + random.choice(['10:30','10:30:45Z','24:00','10:30:45.123-05:00','23:59+14','25:00'])
    return s
def q(): return random.choice('?~%')
def end():
    r = random.random()
    if r < 0.12: return ''
    if r < 0.24: return '..'
    return date()
def item():
    r = random.random()
    if r < 0.2: return date() + '..' + date()
    return date()
def structured():
    r = random.random()
    if r < 0.45: return date()
    if r < 0.8: return end() + '/' + end()
    if r < 0.85: return random.choice(['','-']) + '%02d' % random.randint(0,99) + random.choice(['','','?'])
    if r < 0.9: return 'Y' + random.choice(['','-']) + str(random.randint(1,10**random.randint(1,7))) + random.choice(['','S3','E2','E3S2'])
    if r < 0.95:
        o,c = random.choice([('[',']'),('{','}')])
        return o + random.choice(['','..']) + (random.choice([',',', ',' , '])).join(item() for _ in range(random.randint(0,3))) + random.choice(['','..']) + c
    return random.choice(['','-']) + '%03d' % random.randint(0,999) + random.choice(['','','~'])
TOK = list('0123456789X-/?~%.TZ:+[]{}, YESx') + ['..','19','20','-XX','21','24','\u0661','\uff11','\u2212','\ud83c\udfb5']
def soup():
    return ''.join(random.choice(TOK) for _ in range(random.randint(0,12)))
def mutate(s):
    s = list(s)
    for _ in range(random.randint(1,3)):
        op = random.random()
        if op < 0.33 and s: del s[random.randrange(len(s))]
        elif op < 0.66: s.insert(random.randint(0,len(s)), random.choice(TOK))
        elif s: s[random.randrange(len(s))] = random.choice(TOK)
    return ''.join(s)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
for _ in range(n):
    r = random.random()
    if r < 0.6: s = structured()
    elif r < 0.8: s = mutate(structured())
    else: s = soup()
    print(json.dumps(s))
