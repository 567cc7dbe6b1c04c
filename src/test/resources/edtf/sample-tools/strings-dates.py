import random, json, sys
random.seed(int(sys.argv[1]))
Y = ['1958','1957','2020','2019','0000','0001','-0001','-0044','-0004','9999','-9999','1900','2000']
def y():
    s = random.choice(Y)
    r = random.random()
    if r < 0.3:
        k = random.choice([1,2,4]); sign = '-' if s[0]=='-' else ''
        d = s.lstrip('-')[:4-k] + 'X'*k
        if k == 4: sign = random.choice(['', '', '-'])
        s = sign + d
    elif r < 0.35:
        s = random.choice(['-0000','-00XX','-000X','0000','00XX','000X'])
    return s
def d():
    s = y()
    if random.random() < 0.7:
        m = random.choice(['01','02','04','06','12','XX','21','22','23','24'])
        s += '-' + m
        if random.random() < 0.6 and m not in ('21','22','23','24'):
            s += '-' + random.choice(['01','15','28','29','30','31','XX'])
    return s + random.choice(['','','?','~','%'])
def e():
    r = random.random()
    return '' if r < 0.1 else '..' if r < 0.2 else d()
for _ in range(int(sys.argv[2])):
    print(json.dumps(d() if random.random() < 0.4 else e() + '/' + e()))
