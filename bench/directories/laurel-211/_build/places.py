# town, county, zip, lat, lon  (state: NC, invented)
PLACES = [
 ("Laurel Falls","Alder","28701",35.6000,-82.5500),
 ("Laurel Falls","Alder","28702",35.6150,-82.5300),
 ("Pinecrest","Alder","28705",35.6500,-82.6200),
 ("Millbrook","Alder","28708",35.5200,-82.6800),
 ("Ashby","Alder","28710",35.7000,-82.4000),
 ("Brindleton","Brindle","28720",35.4000,-82.2500),
 ("Brindleton","Brindle","28721",35.4120,-82.2350),
 ("Harlow","Brindle","28724",35.3500,-82.3300),
 ("Stony Gap","Brindle","28727",35.3000,-82.1500),
 ("Fenwick","Brindle","28729",35.4500,-82.3800),
 ("Copperton","Copperfield","28740",35.8500,-82.1000),
 ("Copperton","Copperfield","28741",35.8620,-82.0850),
 ("Quarry Hill","Copperfield","28744",35.9000,-82.1800),
 ("Redbud","Copperfield","28747",35.7800,-82.0000),
 ("Eastover","Copperfield","28749",35.9500,-81.9500),
]
