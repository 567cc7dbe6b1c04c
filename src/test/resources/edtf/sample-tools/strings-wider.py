import random, json, sys
random.seed(int(sys.argv[1]))
def dx(): return ''.join(random.choice('0123456789XXXX') for _ in range(2))
def qa(): return random.choice(['','','','?','~','%'])
def d():
    y = random.choice(['','-']) + ''.join(random.choice('0123456789X') for _ in range(4))
    s = qa() + y + qa()
    if random.random()<0.7:
        s += '-' + qa() + random.choice(['01','02','04','09','11','12','1X','X1','0X','XX','13','00','X2','1X','X4']) + qa()
        if random.random()<0.6: s += '-' + qa() + random.choice(['01','29','30','31','3X','X1','XX','0X','X0','32','00','2X']) + qa()
    return s
def t():
    s = random.choice(['2020-05-01','2019-02-29','2020-04-31','-0044-03-15']) + 'T'
    s += random.choice(['10:30','24:00','24:00:00','10:30:45','10:30:45.1','10:30:45.123456','23:59:59.','25:00','10:60'])
    s += random.choice(['','Z','+14:00','+14','+15','-12','-12:00','-13','−05:00','+00:00','-00:00','-00:30','+13:45','-11:59','+0530','-0000','+00','-00','+12:30','-12:30'])
    return s
def cen(): return random.choice(['','-']) + random.choice(['00','01','19','20','99','0','123']) + qa()
def dec(): return random.choice(['','-']) + random.choice(['000','001','195','012','1958']) + qa()
def yy(): return 'Y' + random.choice(['','-']) + random.choice(['10000','01000','99999','1234','17E7','1E','E2','123456']) + random.choice(['','','S3','S0','S'])
def sea(): return qa() + random.choice(['2020','-0044','20XX','XXXX','19X1']) + qa() + '-' + qa() + random.choice(['21','24','25','39','41','42','20']) + qa()
def item():
    r = random.random()
    if r < 0.3: return random.choice(['2020','2020-05','2020-05-01']) + '..' + random.choice(['2021','2021-05','2021-05-01'])
    return d()
def st():
    o,c = random.choice([('[',']'),('{','}'),('[','}')])
    return o + random.choice(['','..']) + random.choice([',',', ',' , ','  ,']).join(item() for _ in range(random.randint(0,3))) + random.choice(['','..']) + c
def one():
    f = random.choice([d,d,t,cen,dec,yy,sea,st])
    return f()
def end():
    r = random.random()
    return '' if r < 0.1 else '..' if r < 0.2 else one()
TOK = list('0123456789X-/?~%.TZ:+[]{}, YES')
def mutate(s):
    s = list(s)
    for _ in range(random.randint(1,2)):
        op = random.random()
        if op < 0.33 and s: del s[random.randrange(len(s))]
        elif op < 0.66: s.insert(random.randint(0,len(s)), random.choice(TOK))
        elif s: s[random.randrange(len(s))] = random.choice(TOK)
    return ''.join(s)
for _ in range(int(sys.argv[2])):
    s = one() if random.random() < 0.6 else end() + '/' + end()
    if random.random() < 0.3: s = mutate(s)
    print(json.dumps(s))
